#!/usr/bin/env bash
# tools/check-nfproj.sh — the nanoFramework project files list their sources explicitly (no globbing in .nfproj),
# so a .cs added to the tree but not to its .nfproj would silently drop out of the device build. This fails when:
#   - a .cs under Permut8.Nano/ or Permut8.Nano.Tests/ (outside Desktop/, bin/, obj/) is missing from the
#     Compile items of its .nfproj (the .nfproj in the nearest enclosing folder), or
#   - a Compile item names a file that does not exist.
# Exit 0 = all lists complete. Usage: tools/check-nfproj.sh [repo-root]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
python3 - "$root" <<'PY'
import pathlib, re, sys, xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1]).resolve()
ns = {"m": "http://schemas.microsoft.com/developer/msbuild/2003"}
problems = []
projects = {}
for top in ("Permut8.Nano", "Permut8.Nano.Tests"):
    base = root / top
    if not base.is_dir():
        problems.append(f"{top}/ is missing")
        continue
    for proj in base.rglob("*.nfproj"):
        if any(part in ("bin", "obj", "Desktop") for part in proj.relative_to(root).parts):
            continue
        items = set()
        try:
            tree = ET.parse(proj)
        except ET.ParseError as e:
            problems.append(f"{proj.relative_to(root)}: not well-formed XML ({e})")
            continue
        for c in tree.getroot().iterfind(".//m:Compile", ns):
            inc = c.get("Include", "")
            if any(ch in inc for ch in "*?"):
                problems.append(f"{proj.relative_to(root)}: wildcard Compile item '{inc}' (list files explicitly)")
                continue
            path = (proj.parent / inc.replace("\\", "/")).resolve()
            items.add(path)
            if not path.is_file():
                problems.append(f"{proj.relative_to(root)}: Compile item '{inc}' does not exist")
        projects[proj.parent.resolve()] = (proj, items)

    for cs in sorted(base.rglob("*.cs")):
        rel = cs.relative_to(root)
        if any(part in ("bin", "obj", "Desktop") for part in rel.parts):
            continue
        owner = None
        for parent in cs.resolve().parents:
            if parent in projects:
                owner = projects[parent]
                break
            if parent == root:
                break
        if owner is None:
            problems.append(f"{rel}: no .nfproj in any enclosing folder")
        elif cs.resolve() not in owner[1]:
            problems.append(f"{rel}: missing from {owner[0].relative_to(root)} "
                            f"(add <Compile Include=\"{cs.resolve().relative_to(owner[0].parent).as_posix().replace('/', chr(92))}\" />)")

for p in problems:
    print("check-nfproj: " + p)
print(f"check-nfproj: {len(projects)} projects, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
PY
