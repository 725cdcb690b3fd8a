#!/usr/bin/env python3
"""Writes a GNOME Planner file (.planner, format mrproject 0.6) equal to a GenAI Planner plan, for the
start-up comparison in installer/measure-startup.sh. It is a benchmark tool, not part of the app.

    genaiplan export PLAN.genaiplan --csv PLAN.csv
    installer/gnome-planner-plan.py PLAN.csv PLAN.planner

The CSV's rows become tasks with the same outline (summary tasks hold their children), names, durations,
start and finish dates, % complete, dependencies (type and lag) and owners (as resources, allocated at
100 %). Durations and lags count working days of 8 hours;
a predecessor without a dot is a row number, as GenAI Planner writes top-level tasks. GNOME Planner reschedules the plan on opening.
"""
import csv
import re
import sys
from datetime import date
from xml.sax.saxutils import quoteattr

DAY_SECONDS = 8 * 3600
LINK = re.compile(r"^(?P<code>\d+(?:\.\d+)*)(?P<type>FS|SS|FF|SF)?(?P<lag>[+-]\d+(?:\.\d+)?(?:d|h|w|min)?)?$")
UNITS = {"d": DAY_SECONDS, "h": 3600, "w": 5 * DAY_SECONDS, "min": 60, "": DAY_SECONDS}


def lag_seconds(text):
    if not text:
        return 0
    m = re.match(r"^([+-]\d+(?:\.\d+)?)([a-z]*)$", text)
    return int(round(float(m.group(1)) * UNITS[m.group(2)]))


def stamp(iso, hour):
    return date.fromisoformat(iso).strftime("%Y%m%d") + "T%02d0000Z" % hour


def main(source, target):
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = {row["WBS"]: n for n, row in enumerate(rows, start=1)}
    owners = sorted({row["Owner"] for row in rows if row["Owner"]})
    resource_ids = {name: n for n, name in enumerate(owners, start=1)}
    levels = [int(row["Outline Level"]) for row in rows]
    start = min(row["Start"] for row in rows)

    out = ['<?xml version="1.0"?>',
           '<project name="Generated plan" company="" manager="" phase="" project-start="%s" '
           'mrproject-version="2" calendar="1">' % stamp(start, 0),
           '  <properties/>',
           '  <phases/>',
           '  <calendars>',
           '    <day-types>',
           '      <day-type id="0" name="Working" description="A default working day"/>',
           '      <day-type id="1" name="Nonworking" description="A default non working day"/>',
           '      <day-type id="2" name="Use base" description="Use day from base calendar"/>',
           '    </day-types>',
           '    <calendar id="1" name="Default">',
           '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
           '      <overridden-day-types>',
           '        <overridden-day-type id="0">',
           '          <interval start="0800" end="1200"/>',
           '          <interval start="1300" end="1700"/>',
           '        </overridden-day-type>',
           '      </overridden-day-types>',
           '      <days/>',
           '    </calendar>',
           '  </calendars>',
           '  <tasks>']
    open_levels = []
    for n, row in enumerate(rows):
        level = levels[n]
        while open_levels and open_levels[-1] >= level:
            out.append("  " * (open_levels.pop() + 1) + "</task>")
        indent = "  " * (level + 1)
        work = int(round(float(row["Duration (days)"] or 0) * DAY_SECONDS))
        has_children = n + 1 < len(rows) and levels[n + 1] > level
        kind = "milestone" if work == 0 and not has_children else "normal"
        out.append('%s<task id="%d" name=%s note="" work="%d" start="%s" end="%s" work-start="%s" '
                   'percent-complete="%d" priority="0" type="%s" scheduling="fixed-work">'
                   % (indent, ids[row["WBS"]], quoteattr(row["Task Name"]), work, stamp(row["Start"], 8),
                      stamp(row["Finish"], 17), stamp(row["Start"], 8), int(float(row["% Complete"] or 0)), kind))
        links = [p.strip() for p in row["Predecessors"].split(",") if p.strip()]
        if links:
            out.append(indent + "  <predecessors>")
            for number, link in enumerate(links, start=1):
                m = LINK.match(link)
                # a WBS code with a dot, or a row number (1 is the first row) for a top-level task
                code = m and m.group("code")
                pred = ids.get(code) if code and "." in code else int(code) if code else None
                if pred is None or not 1 <= pred <= len(rows):
                    sys.exit("cannot read the predecessor %r of %s" % (link, row["WBS"]))
                out.append('%s    <predecessor id="%d" predecessor-id="%d" type="%s" lag="%d"/>'
                           % (indent, number, pred, m.group("type") or "FS",
                              lag_seconds(m.group("lag"))))
            out.append(indent + "  </predecessors>")
        open_levels.append(level)
    while open_levels:
        out.append("  " * (open_levels.pop() + 1) + "</task>")
    out.append("  </tasks>")
    out.append('  <resource-groups/>')
    out.append("  <resources>")
    for name, rid in resource_ids.items():
        out.append('    <resource id="%d" name=%s short-name="" type="1" units="0" email="" note="" std-rate="0"/>'
                   % (rid, quoteattr(name)))
    out.append("  </resources>")
    out.append("  <allocations>")
    for row in rows:
        if row["Owner"]:
            out.append('    <allocation task-id="%d" resource-id="%d" units="100"/>'
                       % (ids[row["WBS"]], resource_ids[row["Owner"]]))
    out.append("  </allocations>")
    out.append("</project>")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("Wrote %s: %d tasks, %d dependencies, %d resources"
          % (target, len(rows), sum(len([p for p in r["Predecessors"].split(",") if p.strip()]) for r in rows),
             len(owners)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: gnome-planner-plan.py PLAN.csv PLAN.planner")
    main(sys.argv[1], sys.argv[2])
