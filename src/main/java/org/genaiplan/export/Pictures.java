package org.genaiplan.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * PNG pictures placed at a cell with a size of their own. A picture spanning cells changes shape with the
 * widths of those columns, which depend on the fonts of the program that opens the file (LibreOffice without
 * Calibri draws wider columns than Excel); a one-cell anchor with an extent keeps the picture's own pixels in
 * every program.
 */
final class Pictures {
    private Pictures() {
    }

    /** The picture with its top-left corner at the cell, {@code width} x {@code height} pixels. */
    static Picture place(Workbook wb, Drawing<?> drawing, byte[] png, int col, int row, int width, int height) {
        int index = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(row);
        anchor.setCol2(col + 1);
        anchor.setRow2(row + 1);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        Picture picture = drawing.createPicture(anchor, index);
        if (picture instanceof SXSSFPicture p) {
            oneCell(p.getDrawing().getCTDrawing(), p.getCTPicture(), width, height);
        }
        return picture;
    }

    /** The picture at its own size in pixels, or null when the bytes are not an image. */
    static int[] size(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image == null ? null : new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            return null;
        }
    }

    /** Moves the picture from its two-cell anchor (the drawing's newest) into a one-cell anchor of the size. */
    private static void oneCell(CTDrawing drawing, CTPicture pic, int width, int height) {
        int last = drawing.sizeOfTwoCellAnchorArray() - 1;
        CTTwoCellAnchor two = drawing.getTwoCellAnchorArray(last);
        if (two.getPic() != pic && !two.getPic().xmlText().equals(pic.xmlText())) {
            return;
        }
        long cx = (long) width * Units.EMU_PER_PIXEL;
        long cy = (long) height * Units.EMU_PER_PIXEL;
        CTOneCellAnchor one = drawing.addNewOneCellAnchor();
        one.setFrom(two.getFrom());
        one.addNewExt().setCx(cx);
        one.getExt().setCy(cy);
        one.setPic(two.getPic());
        if (one.getPic().getSpPr().isSetXfrm() && one.getPic().getSpPr().getXfrm().isSetExt()) {
            one.getPic().getSpPr().getXfrm().getExt().setCx(cx);
            one.getPic().getSpPr().getXfrm().getExt().setCy(cy);
        }
        one.addNewClientData();
        drawing.removeTwoCellAnchor(last);
    }
}
