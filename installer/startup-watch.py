#!/usr/bin/env python3
"""Starts a desktop program and times, from the moment it is launched, what an X server sees of it:

    startup-watch.py --class REGEX [--rows] [--kill] [--await-line REGEX] [--timeout S] -- COMMAND [ARGS...]

prints
    watch mapped ms=N     the first top-level window of that WM_CLASS (at least 300 x 200) is mapped
    watch drawn ms=N      it holds a drawn picture: five bands across it show more than three shades
    watch rows ms=N       (--rows) rows of text fill the task list: at least a fifth of the pixel lines in the
                          area from 12 to 40 % of the width and 25 to 85 % of the height hold dark pixels
    probe NAME ms=N ...   for each "NAME ms=.. at=EPOCH_MS ..." line the program prints (GenAI Planner's
                          start-up probe): EPOCH_MS counted from the launch, then the rest of the line
and exits once the last point is reached (--kill then ends the program, after it printed a line matching
--await-line if given) or the program has exited.
Polls every 10 ms through libX11 (ctypes, no other package). Used by installer/measure-startup.sh.
"""
import argparse
import ctypes
import ctypes.util
import re
import subprocess
import sys
import threading
import time


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XClassHint(ctypes.Structure):
    _fields_ = [("res_name", ctypes.c_void_p), ("res_class", ctypes.c_void_p)]


class XImage(ctypes.Structure):  # the leading fields only; the image is always handed back to libX11
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFFFFFFFFFF
DARK = bytes(1 if b < 110 else 0 for b in range(256))  # green channel below 110: text or lines

x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                           ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                           ctypes.POINTER(ctypes.c_uint)]
x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
x11.XGetClassHint.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XClassHint)]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XGetImage.restype = ctypes.POINTER(XImage)
x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                          ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
x11.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
ignore_errors = ERROR_HANDLER(lambda display, event: 0)  # a window may vanish between two requests
x11.XSetErrorHandler(ignore_errors)


def windows(display, root):
    """The root's children: the top-level windows (there is no window manager on Xvfb)."""
    root_ret, parent, count = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_uint()
    children = ctypes.POINTER(ctypes.c_ulong)()
    if not x11.XQueryTree(display, root, ctypes.byref(root_ret), ctypes.byref(parent), ctypes.byref(children),
                          ctypes.byref(count)):
        return []
    found = [children[i] for i in range(count.value)]
    if children:
        x11.XFree(children)
    return found


def wm_class(display, window):
    hint = XClassHint()
    if not x11.XGetClassHint(display, window, ctypes.byref(hint)):
        return ""
    parts = []
    for pointer in (hint.res_name, hint.res_class):
        if pointer:
            parts.append(ctypes.string_at(pointer).decode("utf-8", "replace"))
            x11.XFree(pointer)
    return " ".join(parts)


def find_window(display, root, pattern, before):
    for window in windows(display, root):
        if window in before:
            continue
        attributes = XWindowAttributes()
        if not x11.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
            continue
        if attributes.map_state == IS_VIEWABLE and attributes.width >= 300 and attributes.height >= 200 \
                and pattern.search(wm_class(display, window)):
            return window, attributes.width, attributes.height
    return None


def pixel_lines(display, window, x, y, width, height, line_step):
    """The green channel of every line_step-th line of that area (32-bit pixels), or None."""
    image = x11.XGetImage(display, window, x, y, width, height, ALL_PLANES, Z_PIXMAP)
    if not image:
        return None
    try:
        img = image.contents
        if img.bits_per_pixel != 32:
            return None
        green = 2 if img.byte_order else 1  # MSBFirst: xRGB, LSBFirst: BGRx
        data = ctypes.string_at(img.data, img.bytes_per_line * img.height)
        return [data[row * img.bytes_per_line + green:row * img.bytes_per_line + 4 * img.width:4]
                for row in range(0, img.height, line_step)]
    finally:
        x11.XDestroyImage(image)


def save_ppm(display, window, width, height, path):
    """The window as a PPM picture (for a look at what a point looked like)."""
    image = x11.XGetImage(display, window, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
    if not image:
        return
    try:
        img = image.contents
        data = ctypes.string_at(img.data, img.bytes_per_line * img.height)
        order = (1, 2, 3) if img.byte_order else (2, 1, 0)
        pixels = bytearray()
        for row in range(img.height):
            line = data[row * img.bytes_per_line:row * img.bytes_per_line + 4 * img.width]
            rgb = bytearray(3 * img.width)
            for channel, offset in enumerate(order):
                rgb[channel::3] = line[offset::4]
            pixels += rgb
        with open(path, "wb") as f:
            f.write(b"P6 %d %d 255\n" % (img.width, img.height) + bytes(pixels))
    finally:
        x11.XDestroyImage(image)


def drawn(display, window, width, height):
    """Five bands across the window hold more than three shades: something has been drawn."""
    shades = set()
    for middle in (0.05, 0.25, 0.5, 0.75, 0.95):
        lines = pixel_lines(display, window, 0, max(0, int(height * middle) - 12), width, 24, 3)
        if lines:
            shades.update(b"".join(lines))
    return len(shades) >= 4


def rows_drawn(display, window, width, height):
    x, y = int(width * 0.12), int(height * 0.25)
    lines = pixel_lines(display, window, x, y, int(width * 0.28), int(height * 0.60), 2)
    if not lines:
        return False
    inked = sum(1 for line in lines if line.translate(DARK).count(1) >= 3)
    return inked >= len(lines) / 5


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--class", dest="wm_class", required=True, help="regular expression for the WM_CLASS")
    parser.add_argument("--rows", action="store_true", help="also wait for rows of text in the task list")
    parser.add_argument("--kill", action="store_true", help="end the program once the last point is seen")
    parser.add_argument("--await-line", help="with --kill: first wait for an output line matching this")
    parser.add_argument("--snapshot", help="save the window as a PPM picture once the last point is seen")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command to start")
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("startup-watch: cannot open the X display (is DISPLAY set?)")
    root = x11.XDefaultRootWindow(display)
    pattern = re.compile(args.wm_class)

    before = set(windows(display, root))  # windows of programs already running are not this one's
    launched_wall = time.time()
    launched = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                             text=True)
    lines = []

    def read_output():
        for line in child.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read_output, daemon=True)
    reader.start()

    def since_launch():
        return int(round((time.monotonic() - launched) * 1000))

    seen = {}
    goal = "rows" if args.rows else "drawn"
    window = None
    deadline = launched + args.timeout
    while time.monotonic() < deadline and goal not in seen:
        if window is None:
            window = find_window(display, root, pattern, before)
            if window:
                seen["mapped"] = since_launch()
        if window and "drawn" not in seen and drawn(display, *window):
            seen["drawn"] = since_launch()
        if window and args.rows and "drawn" in seen and rows_drawn(display, *window):
            seen["rows"] = since_launch()
        if child.poll() is not None and goal not in seen:
            break
        time.sleep(0.01)
    if args.snapshot and goal in seen:
        save_ppm(display, *window, args.snapshot)
    if args.kill and args.await_line and goal in seen:
        awaited = re.compile(args.await_line)
        while time.monotonic() < deadline and child.poll() is None and not any(awaited.search(l) for l in lines):
            time.sleep(0.02)
    if args.kill:
        child.terminate()
    try:
        child.wait(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    reader.join(timeout=5)
    for name in ("mapped", "drawn", "rows"):
        if name in seen:
            print("watch %s ms=%d" % (name, seen[name]))
    for line in lines:
        m = re.match(r"^(startup-[a-z]+) ms=(\d+) at=(\d+)(.*)$", line)
        if m:
            print("probe %s ms=%d process-ms=%s%s" % (m.group(1), int(m.group(3)) - int(round(launched_wall * 1000)),
                                                      m.group(2), m.group(4)))
    sys.stdout.flush()
    if goal not in seen:
        print("startup-watch: %s not seen within %g s (exit code %s)" % (goal, args.timeout, child.returncode),
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
