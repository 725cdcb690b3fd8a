package org.genaiplan.ui.lessons;

/** One lesson as the table shows it. */
public record LessonRow(long id, String date, String phase, String whatHappened, String impact, String action,
                        String recommendation, String owner) {
}
