"""Dropping binaries from a PyInstaller analysis together with the libraries only they needed (build.spec).

PyInstaller collects a Qt plugin's shared-library dependencies while it analyses, before a spec can say it does not
want the plugin; filtering `a.binaries` afterwards would leave those libraries behind (the GTK theme alone brings
Cairo, Pango and GDK-Pixbuf). Only direct dependencies count: on Linux PyInstaller asks ldd, which lists the
whole tree, so a library left to the system would keep everything below it; there the dynamic section is read.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import PurePath

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def direct_dependencies(binary: str) -> set[str]:
    if sys.platform.startswith("linux"):
        listing = subprocess.run(["readelf", "-dW", binary], capture_output=True, text=True).stdout
        return set(NEEDED.findall(listing))
    from PyInstaller.depend.bindepend import get_imports

    return {PurePath(name).name for name, _path in get_imports(binary)}


def without(binaries: list[tuple], unwanted: Callable[[str], bool]) -> tuple[list[tuple], list[str]]:
    """`binaries` (PyInstaller TOC entries: destination, source, kind) less those whose destination is `unwanted`
    and the libraries no longer needed; also the destinations dropped, for the build log.

    A dependency library (at the top of the bundle) stays when something kept needs it. On Linux that is decided
    from what the bundle's own code needs, because PyInstaller also collects the dependencies of libraries it then
    leaves to the system (libXau for libxcb); elsewhere only the libraries the dropped ones brought are reconsidered.
    """
    dropped = [entry for entry in binaries if unwanted(entry[0])]
    kept = [entry for entry in binaries if not unwanted(entry[0])]
    by_name = {PurePath(entry[0]).name: entry for entry in kept}

    def closure(entries: list[tuple]) -> set[str]:
        seen: set[str] = set()
        todo = [entry[1] for entry in entries]
        while todo:
            for base in direct_dependencies(todo.pop()):
                if base in by_name and base not in seen:
                    seen.add(base)
                    todo.append(by_name[base][1])
        return seen

    if sys.platform.startswith("linux"):
        candidates = {PurePath(e[0]).name for e in kept if is_dependency_library(e)}
    else:
        candidates = closure(dropped)
    needed = closure([entry for entry in kept if PurePath(entry[0]).name not in candidates])
    result = [entry for entry in kept if PurePath(entry[0]).name not in candidates - needed]
    removed = sorted({entry[0] for entry in binaries} - {entry[0] for entry in result})
    return result, removed


def is_dependency_library(entry: tuple) -> bool:
    """A shared library PyInstaller put at the top because something needed it: not an extension module, and not
    Python's own library, which the bootloader loads by name."""
    name = entry[0].replace("\\", "/")
    return entry[2] == "BINARY" and "/" not in name and not name.startswith("libpython")


def symlinks_to(datas: list[tuple], binaries: list[tuple]) -> list[tuple]:
    """`datas` less the symbolic links (kind SYMLINK, source = the destination pointed to) to dropped binaries."""
    present = {entry[0] for entry in binaries} | {entry[0] for entry in datas if entry[2] != "SYMLINK"}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in present]
