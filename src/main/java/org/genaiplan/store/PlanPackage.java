package org.genaiplan.store;

import org.genaiplan.model.Plan;
import org.genaiplan.schedule.ScheduleReport;

/**
 * A package as read from disk: the rebuilt plan, scheduled once (what that run found is {@code schedule}), its
 * manifest, and the stamp of the file it came from. {@code sourceFormat} is the format version the file was
 * written in (before any upgrade).
 */
public record PlanPackage(Plan plan, Manifest manifest, int sourceFormat, FileStamp stamp, ScheduleReport schedule) {
}
