#!/usr/bin/env python3
"""What one dependency costs a cold build, read from the build's own artifacts (issue 19).

    scripts/build-cost.py --without CRATE [--package bmx-node] [--target-dir DIR]
                          [--from HH:MM:SS --to HH:MM:SS]

1. From `cargo metadata`, the crates only CRATE brings into PACKAGE: those reachable from
   PACKAGE through normal and build dependencies, less those still reachable when the edges
   into CRATE are cut.
2. From DIR/release (DIR: $CARGO_TARGET_DIR), how long each compilation unit took: cargo
   writes `invoked.timestamp` in a unit's fingerprint directory when it starts the unit, and the
   unit's fingerprint files when it ends; a build script's run (a runtime's wasm build, a C++
   library) has its timestamps in its `build/` directory instead.
3. The units of those crates against all units that started within the window (the node
   build's step, from the step headings of a scripts/test.sh log; the whole dir without one).

Run it on a target dir that was built cold: a crate rebuilt later counts its last build. The
sums are compile time, not wall time: cargo runs two units at once on two cores (and a build
script's C++ compiler takes jobs of its own), so the wall time saved is less than the sum.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys


def exclusive(package, without):
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True, capture_output=True, text=True).stdout)
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    roots = [i for i in nodes if packages[i]["name"] == package]
    if not roots:
        sys.exit(f"no package {package} in this workspace")
    if not any(packages[i]["name"] == without for i in nodes):
        sys.exit(f"no crate {without} in the dependency graph")

    def reach(cut):
        seen, stack = set(), list(roots)
        while stack:
            i = stack.pop()
            if i in seen:
                continue
            seen.add(i)
            for dep in nodes[i]["deps"]:
                if all(k["kind"] == "dev" for k in dep["dep_kinds"]):
                    continue
                if packages[dep["pkg"]]["name"] != cut:
                    stack.append(dep["pkg"])
        return seen

    full, rest = reach(None), reach(without)
    # A fingerprint names the crate, not its version: a crate that PACKAGE also builds in
    # another version through other paths cannot be told apart, and is left out.
    kept = {packages[i]["name"] for i in rest}
    only = {packages[i]["name"] for i in full - rest}
    return len(full), only - kept, only & kept


def units(target_dir):
    """(package name, start, end) of every unit with a fingerprint in the release profile."""
    root = os.path.join(target_dir, "release", ".fingerprint")
    for entry in os.scandir(root):
        stamp = os.path.join(entry.path, "invoked.timestamp")
        if not os.path.exists(stamp):
            continue
        start = os.path.getmtime(stamp)
        ends = [os.path.getmtime(os.path.join(entry.path, f)) for f in os.listdir(entry.path)
                if f != "invoked.timestamp" and not f.endswith(".json")]
        if not ends:
            continue
        # `<package>-<16 hex digits>`
        yield entry.name.rsplit("-", 1)[0], start, max(ends)
    # A build script's run (a wasm runtime's whole build happens in one) has no fingerprint
    # timestamp: cargo writes `invoked.timestamp` into its `build/` directory when it starts it,
    # and `root-output` when it ends.
    for entry in os.scandir(os.path.join(target_dir, "release", "build")):
        stamp, done = (os.path.join(entry.path, f) for f in ("invoked.timestamp", "root-output"))
        if os.path.exists(stamp) and os.path.exists(done):
            yield entry.name.rsplit("-", 1)[0], os.path.getmtime(stamp), os.path.getmtime(done)


def clock(day, text):
    t = datetime.datetime.strptime(text, "%H:%M:%S").time()
    return datetime.datetime.combine(day, t).timestamp()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", required=True)
    parser.add_argument("--package", default="bmx-node")
    parser.add_argument("--target-dir", default=os.environ.get("CARGO_TARGET_DIR", "target"))
    parser.add_argument("--from", dest="start")
    parser.add_argument("--to", dest="end")
    args = parser.parse_args()

    reachable, only, ambiguous = exclusive(args.package, args.without)
    all_units = list(units(args.target_dir))
    if args.start and args.end:
        day = datetime.date.fromtimestamp(max(s for _, s, _ in all_units))
        lo, hi = clock(day, args.start), clock(day, args.end)
        if hi < lo:
            lo -= 86400
        all_units = [u for u in all_units if lo <= u[1] <= hi]
    ours = [u for u in all_units if u[0] in only]
    total = sum(e - s for _, s, e in all_units)
    cost = sum(e - s for _, s, e in ours)
    by_crate = {}
    for name, s, e in ours:
        by_crate[name] = by_crate.get(name, 0) + e - s
    print(f"{args.package}: {reachable} crates; {len(only) + len(ambiguous)} only through "
          f"{args.without}, {len({u[0] for u in ours})} of them built in the window")
    if ambiguous:
        print("left out (also built in another version): " + ", ".join(sorted(ambiguous)))
    print(f"compile time of all units in the window: {total / 60:.1f} min ({len(all_units)} units)")
    print(f"compile time of {args.without}'s own crates: {cost / 60:.1f} min "
          f"({100 * cost / total if total else 0:.0f}%)")
    for name, seconds in sorted(by_crate.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {seconds:7.1f} s  {name}")


if __name__ == "__main__":
    main()
