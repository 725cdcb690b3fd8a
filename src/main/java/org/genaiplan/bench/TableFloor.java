package org.genaiplan.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * The toolkit's own floor for {@code scroll-ui}: a bare JavaFX {@code TableView} with plain text columns, as
 * many as the Gantt tab's sheet shows, the same row height and a window of the same size, scrolled by one
 * page. Nothing of the product runs here; the line says what no sheet built on {@code TableView} can beat
 * on this machine, so that {@code scroll-ui} can be read against it in one run.
 */
final class TableFloor {
    private final TableView<Integer> table = new TableView<>();
    private final Stage stage = new Stage();
    private VirtualFlow<?> flow;

    /** Call on the FX thread. */
    TableFloor(int columns, int rows, double rowHeight, double width, double height) {
        for (int c = 0; c < columns; c++) {
            String suffix = " · " + c;
            TableColumn<Integer, String> column = new TableColumn<>("Column " + c);
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper("Row " + d.getValue() + suffix));
            column.setPrefWidth(110);
            table.getColumns().add(column);
        }
        List<Integer> items = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            items.add(i);
        }
        table.setItems(FXCollections.observableList(items));
        table.setFixedCellSize(rowHeight);
        stage.setScene(new Scene(table, width, height));
        stage.show();
        frame();
        flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    /** One page down (back to the top at the end), laid out; the time it took, in nanoseconds. */
    long scrollOnePage() {
        double page = flow.getHeight();
        if (flow.getPosition() > 0.99) {
            flow.scrollTo(0);
            frame();
        }
        WindowBench.settle(stage.getScene());
        long waited = NextFrame.waited();
        long start = WindowBench.now();
        flow.scrollPixels(page);
        frame();
        return WindowBench.now() - start - (NextFrame.waited() - waited);
    }

    void close() {
        stage.hide();
    }

    /** The next frame, as in the product's measurements ({@link NextFrame}). */
    private void frame() {
        NextFrame.await(stage.getScene());
    }
}
