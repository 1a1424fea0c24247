#!/usr/bin/env python3
"""A stand-in for OSV's Maven export (all.zip, one JSON record per advisory) of the real one's size.

The real export cannot be downloaded on the benchmark machine, so this one is made from the seven
real records in src/test/resources/audit/osv/: each new record is a copy of one of them with a new
id (GHSA-bench-0001, ...), a new alias (CVE-9999-0001, ...) so that no two count as one
vulnerability, and new package names.

  - most records name packages that are not in the project (org.bench.g<n>:lib-<m>), several
    records per package, as in the real export;
  - --matching records name a package of the project, with ranges that leave its resolved
    version alone (introduced 0, fixed 0.0.1; a version list of 0.0.0-bench): the audit must
    read and parse them, and finds nothing;
  - --affecting records name a package of the project with every version affected (introduced 0,
    no fix), made from the LOW and MODERATE templates, so the audit warns and the build passes
    with the default failOn=HIGH.

Usage: make-export.py DEPENDENCY_LIST OUT_ZIP [--records 6000] [--matching 50] [--affecting 3]
DEPENDENCY_LIST is the output of `mvn dependency:list -DoutputFile=...`; only its compile and
runtime artifacts are used. Deterministic: the same input gives the same zip.
"""
import argparse
import copy
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "..", "..", "src", "test", "resources", "audit", "osv")
DEPENDENCY = re.compile(r"^\s+([^:\s]+):([^:\s]+):[^:\s]+(?::[^:\s]+)?:[^:\s]+:(compile|runtime)\b")


def project_packages(listing):
    names = []
    with open(listing, encoding="utf-8") as lines:
        for line in lines:
            match = DEPENDENCY.match(line)
            if match and f"{match[1]}:{match[2]}" not in names:
                names.append(f"{match[1]}:{match[2]}")
    return names


def spread(items, count):
    """count items picked evenly over the list (with repeats when the list is shorter)."""
    return [items[(i * len(items)) // count % len(items)] if count <= len(items) else items[i % len(items)]
            for i in range(count)]


def renamed(template, number, names, versions):
    """The template as record `number`, its affected packages renamed to `names` in turn.

    versions: None keeps the template's ranges and lists, "unaffected" makes them miss every
    real version, "all" makes them cover every version.
    """
    record = copy.deepcopy(template)
    record["id"] = f"GHSA-bench-{number:04d}"
    record["aliases"] = [f"CVE-9999-{number:04d}"]
    for i, affected in enumerate(record["affected"]):
        affected["package"]["name"] = names[i % len(names)]
        if versions is None:
            continue
        if "ranges" in affected:
            events = [{"introduced": "0"}] + ([{"fixed": "0.0.1"}] if versions == "unaffected" else [])
            affected["ranges"] = [{"type": "ECOSYSTEM", "events": events}]
        if "versions" in affected:
            affected["versions"] = ["0.0.0-bench"] if versions == "unaffected" else []
    return record


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("dependencies")
    arguments.add_argument("out")
    arguments.add_argument("--records", type=int, default=6000)
    arguments.add_argument("--matching", type=int, default=50)
    arguments.add_argument("--affecting", type=int, default=3)
    options = arguments.parse_args()

    templates = {}
    for path in sorted(glob.glob(os.path.join(TEMPLATES, "*.json"))):
        with open(path, encoding="utf-8") as text:
            templates[os.path.basename(path)[:-5]] = json.load(text)
    withdrawn = [t for t in templates.values() if "withdrawn" in t]
    current = [t for t in templates.values() if "withdrawn" not in t]
    mild = [t for t in current if t.get("database_specific", {}).get("severity") in ("LOW", "MODERATE")]
    packages = project_packages(options.dependencies)
    if not packages or not current or not mild:
        sys.exit("make-export.py: no project packages in " + options.dependencies + " or no templates in " + TEMPLATES)

    matching = set(spread(range(1, options.records + 1), options.matching)) if options.matching else set()
    affecting = set(range(options.records - options.affecting + 1, options.records + 1)) - matching
    matched_names = spread(packages, options.matching + options.affecting)
    counts = {"records": 0, "matching": 0, "affecting": 0, "withdrawn": 0, "json_bytes": 0}
    os.makedirs(os.path.dirname(os.path.abspath(options.out)), exist_ok=True)
    part = options.out + ".part"
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as out:
        other = 0
        for number in range(1, options.records + 1):
            if number in matching or number in affecting:
                name = matched_names[counts["matching"] + counts["affecting"]]
                kind = "matching" if number in matching else "affecting"
                pool = current if kind == "matching" else mild
                template = pool[number % len(pool)]
                # the other packages a real record names (forks, shaded copies) stay outside the project
                names = [name] + [f"org.bench.fork{number}:copy-{k}" for k in range(1, 8)]
                record = renamed(template, number, names, "unaffected" if kind == "matching" else "all")
                counts[kind] += 1
            else:
                other += 1
                template = withdrawn[0] if withdrawn and other % 100 == 0 else current[other % len(current)]
                counts["withdrawn"] += "withdrawn" in template
                # about three advisories per package, as in the real export (a few hundred packages have many)
                group, artifact = other // 30, other // 3
                names = [f"org.bench.g{group}:lib-{artifact}"] + [f"org.bench.g{group}:lib-{artifact}-extra{k}"
                                                                  for k in range(1, 8)]
                record = renamed(template, number, names, None)
            text = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8")
            counts["json_bytes"] += len(text)
            counts["records"] += 1
            out.writestr(record["id"] + ".json", text)
    os.replace(part, options.out)
    counts["zip_bytes"] = os.path.getsize(options.out)
    counts["project_packages"] = len(packages)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
