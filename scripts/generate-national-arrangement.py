#!/usr/bin/env python3
"""Writes scenarios/arrangements/national.yaml: all 32 Scottish councils in one arrangement.

Dev-only (Python 3 and PyYAML): the YAML is checked in, so building govsim never needs
python. Rerun after editing the table or a pattern, and check the result:

    python3 scripts/generate-national-arrangement.py > scenarios/arrangements/national.yaml
    govsim check scenarios/arrangements/national.yaml

Inputs
- scenarios/data/scottish-councils.csv: one row per council (slug, name, councillors
  elected in 2022, population, health board, hospital, integration model and authority,
  each with its source in the file's comment header) and the `pattern` column: which
  built-in arrangement the council is built from.
- The patterns, built-in single-council arrangements read from scenarios/arrangements/:
      typical      typical-scottish-ijb.yaml
      partnership  cswo-head-of-service-in-partnership.yaml
      interim      cswo-interim-ijb-chief-officer.yaml
      lead_agency  highland-lead-agency.yaml

The pattern column is READ from the CSV, so a researcher may change a council's pattern
there and regenerate. `--assign-patterns` instead (re)computes the column by the study's
rule and rewrites the CSV in place (its comment header kept), then writes the YAML as
usual. The rule, a study design for comparing patterns and NOT a description of how any
named council is organised:
- the lead agency council(s) (integration = lead_agency; Highland): lead_agency;
- councils sharing one integration authority (Clackmannanshire and Stirling): typical,
  the only pattern a joint IJB is built for;
- the others, sorted by population, largest first (ties by slug), by position i from 0:
  i % 4 in {0, 1} -> typical, 2 -> partnership, 3 -> interim.

How a council is built from its pattern: every agent of the pattern is copied, its id
prefixed with the council's slug (fife.cswo), its name with the council's name, and
`area: SLUG` added; references (links, members, chair, deputy, funded_by, the scheme of
delegation, the statutory officer) are mapped the same way. The pattern's elected
members are kept and further administration and opposition councillors added up to the
council's modelled size; `@elected_members` and `@ROLE` name that council's own agents.
Health boards and their hospitals are shared: one per board, declared in the area of its
first council with `serves:` its other councils. The Care Inspectorate and the SPSO are
declared once with no area. A joint IJB is declared once, in its first council's area.
Each council's statutory officer and scheme of delegation go under `areas:`. Identical
links are written once. The output is deterministic: the same inputs give the same bytes.
Everything the header of the YAML says about parameters is printed from the constants and
inputs below, so the two cannot disagree.
"""

import argparse
import json
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CSV_PATH = ROOT / "scenarios" / "data" / "scottish-councils.csv"
CSV_NAME = "scenarios/data/scottish-councils.csv"
PATTERN_DIR = ROOT / "scenarios" / "arrangements"

# --- parameters -------------------------------------------------------------------

# Pattern name (the CSV's `pattern` column) -> built-in arrangement file.
PATTERNS = {
    "typical": "typical-scottish-ijb.yaml",
    "partnership": "cswo-head-of-service-in-partnership.yaml",
    "interim": "cswo-interim-ijb-chief-officer.yaml",
    "lead_agency": "highland-lead-agency.yaml",
}
# What `govsim check` says of each pattern on its own (the warnings its header
# expects; none has errors). The national file should say the same, once per council.
PATTERN_WARNINGS = {
    "typical": {},
    "partnership": {"cswo-corporate-management-team": 1, "cswo-line-managed-in-partnership": 1},
    "interim": {"self_accountability": 1},
    "lead_agency": {},
}
# The study's rule for the councils that are neither lead agency nor joint: by position
# in population order (largest first), cycling with period 4.
ASSIGNMENT_CYCLE = ["typical", "typical", "partnership", "interim"]
JOINT_IJB_PATTERN = "typical"  # the one pattern whose IJB may be shared by several councils
LEAD_AGENCY_PATTERN = "lead_agency"

# Modelled councillors = max(MIN_COUNCILLORS, round(2022 councillors x scale)).
# A modelling parameter, not a sourced figure: at 1.0 the file has about 1,800
# agents, more than the view's scale test wants (about 1,500), so the default
# scales every council alike and keeps their relative sizes.
DEFAULT_COUNCILLOR_SCALE = 0.75
MIN_COUNCILLORS = 6  # leader, lead member, two administration, two opposition (the typical pattern's six)

# Share of each council's members in the administration (leader and lead member
# included). A modelling parameter: most Scottish councils are run by coalitions
# or minority administrations, so half is a plain middle value.
ADMINISTRATION_SHARE = 0.5

# Health board non-executives per council: the three each IJB needs to balance its
# three voting councillors (SSI 2014/285). Every pattern declares three; checked below.
NON_EXECUTIVES_PER_COUNCIL = 3

ELECTED_ROLES = {"councillor", "lead_member", "leader"}
# Roles of agents shared by the councils of one health board; id suffix after the board's id.
SHARED_ROLES = {"health_board": "", "hospital": ".hospital"}
# Roles of national agents: one each, in no area.
NATIONAL_ROLES = {"regulator": "care_inspectorate", "ombudsman": "spso"}
# Roles of an IJB and its own officers: what a joint IJB shares between its councils.
IJB_SIDE_ROLES = {"ijb", "ijb_chief_officer", "ijb_chief_finance_officer", "professional_adviser"}
# Extra councillors' ids: PREFIX_N, numbered on from the pattern's own.
PARTY_ID_PREFIX = {"administration": "cllr_admin", "opposition": "cllr_opposition"}
# File-level keys of a pattern the generator knows how to carry into the national file.
PATTERN_KEYS = {"name", "description", "jurisdiction", "integration", "agents", "links",
                "scheme_of_delegation", "statutory_officer", "confidentiality"}
# File-level keys with effects on every agent or link of a file. None of the four
# patterns sets one (asserted when they are read), so nothing is lost by not copying
# them; a pattern that did would need its effect applied to its council's own agents
# and links explicitly, which this generator does not do.
FILE_LEVEL_EFFECT_KEYS = {"link_defaults", "escalation_thresholds", "parameters", "delegated_decisions_recorded"}
REFERENCE_KEYS = ("chair", "deputy", "funded_by")  # agent keys whose value is an agent id
DEFAULT_CONFIDENTIALITY = {"personal_information_to_elected_members": False, "aggregates_to_scrutiny": True}

WIDTH = 118  # wrap flow collections before this column


def fail(message):
    sys.exit(f"generate-national-arrangement: {message}")


# --- the table --------------------------------------------------------------------

def read_table(path):
    """(comment lines, header fields, rows as dicts, raw lines) of the CSV."""
    raw = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in raw if line.startswith("#")]
    data = [line for line in raw if not line.startswith("#") and line.strip()]
    header = data[0].split(",")
    rows = []
    for n, line in enumerate(data[1:], 2):
        cells = line.split(",")
        if len(cells) != len(header):
            fail(f"{path.name}: data row {n} has {len(cells)} cells, the header {len(header)}")
        rows.append(dict(zip(header, cells)))
    return comments, header, rows, raw


def sources(comments):
    """key -> 'title; publisher; date' from the CSV's SOURCES section."""
    entries, key, inside = {}, None, False
    for line in comments:
        body = line[1:].strip()
        if body.startswith("SOURCES"):
            inside = True
            continue
        if not inside:
            continue
        match = re.match(r"([a-z0-9-]+): (.*)", body)
        if match and not line.startswith("#   "):
            key = match.group(1)
            entries[key] = match.group(2)
        elif key and body:
            entries[key] += " " + body
    cited = {}
    for key, entry in entries.items():
        fields, depth, start = [], 0, 0
        for i, ch in enumerate(entry):
            depth += (ch == "(") - (ch == ")")
            if ch == ";" and depth == 0:
                fields.append(entry[start:i].strip())
                start = i + 1
        fields.append(entry[start:].strip())
        title = fields[0]
        if title.startswith("'") and "'" in title[1:]:  # 'Quoted title' and remarks: keep up to the remarks
            end = title.index("'", 1) + 1
            rest = title[end:].split("(")[0].strip()
            title = (title[:end] + " " + rest).strip()
        rest = [f for f in fields[1:3] if f and not f.startswith("http")]
        cited[key] = "; ".join([title] + rest)
    return cited


def joint_groups(rows):
    """Lists of slugs (CSV order) of IJB councils sharing one integration authority."""
    by_authority = {}
    for r in rows:
        if r["integration"] == "ijb":
            by_authority.setdefault(r["integration_authority"], []).append(r["slug"])
    return [slugs for slugs in by_authority.values() if len(slugs) > 1]


def assigned_patterns(rows):
    """slug -> pattern by the study's rule (the module docstring)."""
    joint = {s for group in joint_groups(rows) for s in group}
    pattern = {}
    for r in rows:
        if r["integration"] == "lead_agency":
            pattern[r["slug"]] = LEAD_AGENCY_PATTERN
        elif r["slug"] in joint:
            pattern[r["slug"]] = JOINT_IJB_PATTERN
    others = sorted((r for r in rows if r["slug"] not in pattern), key=lambda r: (-int(r["population"]), r["slug"]))
    for i, r in enumerate(others):
        pattern[r["slug"]] = ASSIGNMENT_CYCLE[i % len(ASSIGNMENT_CYCLE)]
    return pattern


def rewrite_patterns(path):
    """--assign-patterns: set the CSV's `pattern` column (added last if missing) by the rule."""
    _, header, rows, raw = read_table(path)
    pattern = assigned_patterns(rows)
    has_column = header[-1] == "pattern"
    if "pattern" in header and not has_column:
        fail(f"{path.name}: the pattern column must be the last")
    out, seen_header = [], False
    for line in raw:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = line.split(",")
        if has_column:
            cells = cells[:-1]
        if not seen_header:
            cells.append("pattern")
            seen_header = True
        else:
            cells.append(pattern[cells[header.index("slug")]])
        out.append(",".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    counts = Counter(pattern.values())
    print(f"{path.name}: pattern column rewritten: "
          + ", ".join(f"{p} {counts[p]}" for p in PATTERNS), file=sys.stderr)


# --- the patterns -----------------------------------------------------------------

def roles_of(agent):
    return agent["roles"] if "roles" in agent else [agent["role"]]


def parse_link(link):
    """(from, type, to, extra attributes) of a link written either way."""
    if isinstance(link, str):
        parts = link.split()
        if len(parts) != 3:
            fail(f"link {link!r} is not 'FROM TYPE TO'")
        return parts[0], parts[1], parts[2], {}
    extra = {k: v for k, v in link.items() if k not in ("from", "type", "to")}
    return link["from"], link["type"], link["to"], extra


class Pattern:
    def __init__(self, name, filename):
        self.name, self.filename = name, filename
        doc = yaml.safe_load((PATTERN_DIR / filename).read_text(encoding="utf-8"))
        unknown = set(doc) - PATTERN_KEYS
        if unknown & FILE_LEVEL_EFFECT_KEYS:
            fail(f"{filename} sets {sorted(unknown & FILE_LEVEL_EFFECT_KEYS)}: apply its effect to the council's own "
                 "agents and links before using it as a pattern (the generator does not)")
        if unknown:
            fail(f"{filename}: file-level keys {sorted(unknown)} are not understood by the generator")
        if doc.get("jurisdiction") != "scotland":
            fail(f"{filename}: a pattern must be a Scottish arrangement")
        self.integration = doc.get("integration", "ijb")
        self.description = doc.get("description", "")
        self.confidentiality = {**DEFAULT_CONFIDENTIALITY, **(doc.get("confidentiality") or {})}
        self.agents = doc["agents"]
        self.links = [parse_link(link) for link in doc.get("links") or []]
        self.scheme = doc.get("scheme_of_delegation") or []
        self.statutory_officer = doc.get("statutory_officer")
        self.by_id = {a["id"]: a for a in self.agents}
        self.kind = {}  # id -> elected | shared | national | ijb | local
        for a in self.agents:
            if "area" in a or "serves" in a:
                fail(f"{filename}: agent {a['id']} already has an area")
            roles = set(roles_of(a))
            if roles & ELECTED_ROLES:
                self.kind[a["id"]] = "elected"
                if a.get("party") not in PARTY_ID_PREFIX:
                    fail(f"{filename}: elected member {a['id']} needs party administration or opposition")
            elif roles & set(SHARED_ROLES):
                self.kind[a["id"]] = "shared"
            elif roles & set(NATIONAL_ROLES):
                self.kind[a["id"]] = "national"
            elif roles <= IJB_SIDE_ROLES:
                self.kind[a["id"]] = "ijb"
            else:
                self.kind[a["id"]] = "local"
            if self.kind[a["id"]] in ("shared", "national") and len(roles) != 1:
                fail(f"{filename}: shared or national agent {a['id']} holds several roles")
        for role in list(SHARED_ROLES) + list(NATIONAL_ROLES):
            if len([a for a in self.agents if role in roles_of(a)]) > 1:
                fail(f"{filename}: more than one {role}")
        self.non_executives = [a["id"] for a in self.agents if "health_board_non_executive" in roles_of(a)]
        if len(self.non_executives) != NON_EXECUTIVES_PER_COUNCIL:
            fail(f"{filename}: {len(self.non_executives)} health board non-executives, "
                 f"not {NON_EXECUTIVES_PER_COUNCIL}")
        self.cswo = next((a["id"] for a in self.agents if "cswo" in roles_of(a)), None)
        if self.cswo is None:
            fail(f"{filename}: no CSWO")
        elected = [a for a in self.agents if self.kind[a["id"]] == "elected"]
        self.named = {p: [a for a in elected if a["party"] == p] for p in PARTY_ID_PREFIX}

    def role_holders(self, role):
        return [a["id"] for a in self.agents if role in roles_of(a)]


# --- one council ------------------------------------------------------------------

class Council:
    def __init__(self, row, pattern, scale):
        self.row, self.pattern = row, pattern
        self.slug, self.name = row["slug"], row["council"]
        self.board_id, self.board_name = row["health_board_id"], row["health_board"]
        self.real_councillors = int(row["councillors"])
        self.population = int(row["population"])
        self.councillors = max(MIN_COUNCILLORS, round(self.real_councillors * scale))
        named = pattern.named
        if self.councillors < len(named["administration"]) + len(named["opposition"]):
            fail(f"{self.slug}: {self.councillors} councillors modelled, fewer than pattern {pattern.name} names")
        administration = max(len(named["administration"]), round(self.councillors * ADMINISTRATION_SHARE))
        administration = min(administration, self.councillors - len(named["opposition"]))
        size = {"administration": administration, "opposition": self.councillors - administration}
        # Each party's members: the pattern's named ones, then extra councillors.
        self.extras = {}  # party -> [(local id, number)]
        for party, prefix in PARTY_ID_PREFIX.items():
            plain = [a for a in named[party] if roles_of(a) == ["councillor"]]
            k, extras = len(plain) + 1, []
            while len(named[party]) + len(extras) < size[party]:
                while f"{prefix}_{k}" in pattern.by_id:
                    k += 1
                extras.append((f"{prefix}_{k}", k))
                k += 1
            self.extras[party] = extras
        self.members = [self.local(a["id"]) for a in named["administration"]]
        self.members += [self.local(i) for i, _ in self.extras["administration"]]
        self.members += [self.local(a["id"]) for a in named["opposition"]]
        self.members += [self.local(i) for i, _ in self.extras["opposition"]]
        self.ijb_prefix, self.ijb_name = self.slug, self.name  # a joint IJB's council changes these
        self.joint_host, self.joint_guests = None, []  # set for the councils of a joint IJB

    def local(self, pid):
        return f"{self.slug}.{pid}"

    def map(self, pid):
        """The national id of the pattern's agent `pid`, for this council."""
        kind = self.pattern.kind.get(pid)
        if kind is None:
            fail(f"{self.pattern.filename}: unknown agent {pid!r}")
        if kind == "shared":
            return self.board_id + SHARED_ROLES[roles_of(self.pattern.by_id[pid])[0]]
        if kind == "national":
            return NATIONAL_ROLES[roles_of(self.pattern.by_id[pid])[0]]
        if kind == "ijb":
            return f"{self.ijb_prefix}.{pid}"
        return self.local(pid)

    def expand(self, ref):
        """A pattern reference -> the national ids it names for this council."""
        if ref == "@elected_members":
            return list(self.members)
        if ref.startswith("@"):
            role = ref[1:]
            ids = [self.map(pid) for pid in self.pattern.role_holders(role)]
            if role == "councillor":
                ids += [self.local(i) for p in PARTY_ID_PREFIX for i, _ in self.extras[p]]
            if not ids:
                fail(f"{self.pattern.filename}: group {ref} names nobody")
            return list(dict.fromkeys(ids))
        return [self.map(ref)]

    def expand_members(self, members):
        out = []
        for m in members:
            if isinstance(m, dict):
                out += [{**m, "id": i} for i in self.expand(m["id"])]
            else:
                out += self.expand(m)
        return out

    def expand_scheme_value(self, value):
        if isinstance(value, list):
            return [i for v in value for i in self.expand(v)]
        ids = self.expand(value)
        return ids[0] if len(ids) == 1 else ids


def merge_members(lists):
    """Members of a shared body: the union, first mention first, of each council's list."""
    out, index = [], {}
    for members in lists:
        for m in members:
            ident = m["id"] if isinstance(m, dict) else m
            if ident in index:
                if out[index[ident]] != m:
                    fail(f"member {ident} is given two ways: {out[index[ident]]} and {m}")
                continue
            index[ident] = len(out)
            out.append(m)
    return out


def interleave(lists):
    """Items of several lists taken position by position: [a1, b1, a2, b2, ...]."""
    out = []
    for i in range(max(len(x) for x in lists)):
        out += [x[i] for x in lists if i < len(x)]
    return out


# --- the whole file ---------------------------------------------------------------

class National:
    def __init__(self, scale):
        self.scale = scale
        self.comments, header, rows, _ = read_table(CSV_PATH)
        if "pattern" not in header:
            fail(f"{CSV_NAME} has no pattern column: run with --assign-patterns once")
        self.rows = rows
        self.sources = sources(self.comments)
        self.patterns = {name: Pattern(name, f) for name, f in PATTERNS.items()}
        self.councils = []
        for r in rows:
            if r["pattern"] not in self.patterns:
                fail(f"{CSV_NAME}: {r['slug']}: pattern {r['pattern']!r} is not one of {', '.join(PATTERNS)}")
            pattern = self.patterns[r["pattern"]]
            if pattern.integration != r["integration"]:
                fail(f"{CSV_NAME}: {r['slug']} has integration {r['integration']} but pattern {pattern.name} "
                     f"is a {pattern.integration} arrangement: change both columns together")
            self.councils.append(Council(r, pattern, scale))
        self.by_slug = {c.slug: c for c in self.councils}
        if len(self.by_slug) != len(self.councils):
            fail(f"{CSV_NAME}: slugs are not unique")
        # Councils grouped by health board, boards in order of first appearance.
        self.boards = {}
        for c in self.councils:
            self.boards.setdefault(c.board_id, []).append(c)
        self.order = [c for cs in self.boards.values() for c in cs]
        # Joint IJBs: the first council (in file order) hosts, the others are guests.
        self.joints = []
        for group in joint_groups(rows):
            councils = sorted((self.by_slug[s] for s in group), key=self.order.index)
            for c in councils:
                if c.pattern.name != JOINT_IJB_PATTERN:
                    fail(f"{CSV_NAME}: {c.slug} shares an IJB ({c.row['integration_authority']}), which the "
                         f"generator builds for pattern {JOINT_IJB_PATTERN} only, not {c.pattern.name}")
            prefix = "_".join(c.slug for c in councils)
            name = councils[0].row["integration_authority"].removesuffix(" Integration Joint Board")
            for c in councils:
                c.ijb_prefix, c.ijb_name = prefix, name
                c.joint_host = councils[0]
            councils[0].joint_guests = councils[1:]
            self.joints.append(councils)
        typical = self.patterns["typical"]
        for p in self.patterns.values():
            if p.confidentiality != typical.confidentiality:
                fail(f"{p.filename}: confidentiality differs from the typical pattern's; the file has one block")
        self.agents, self.links, self.areas = [], [], []
        self.agent_blocks, self.link_blocks = [], []  # (comment, [agents]) / (comment, [links])
        self.build()

    # --- agents -------------------------------------------------------------------
    def declaring(self, councils, role):
        """The first of `councils` whose pattern has an agent holding `role`, and that agent."""
        for c in councils:
            holders = c.pattern.role_holders(role)
            if holders:
                return c, c.pattern.by_id[holders[0]]
        return None, None

    def shared_members(self, councils, role):
        """Each council's members of the shared body holding `role`, as its own pattern gives them."""
        for o in councils:
            holders = o.pattern.role_holders(role)
            if holders and "members" in o.pattern.by_id[holders[0]]:
                yield o.expand_members(o.pattern.by_id[holders[0]]["members"])

    def make_agent(self, c, pa, ident, name, area, serves=None, members=None):
        agent = {"id": ident, "name": name}
        for key in ("role", "roles"):
            if key in pa:
                agent[key] = pa[key]
        if area:
            agent["area"] = area
        if serves:
            agent["serves"] = serves
        for key, value in pa.items():
            if key in ("id", "name", "role", "roles"):
                continue
            if key == "members":
                value = members if members is not None else c.expand_members(value)
            elif key in REFERENCE_KEYS:
                value = c.map(value)
            agent[key] = value
        return agent

    def council_agents(self, c):
        p, out = c.pattern, []
        elected_done = False
        for pa in p.agents:
            pid, kind = pa["id"], p.kind[pa["id"]]
            name = f"{c.name} {pa.get('name', pid)}"
            if kind == "elected":
                if not elected_done:
                    out += self.elected_members(c)
                    elected_done = True
            elif kind == "national":
                continue  # declared once, at the end
            elif kind == "shared":
                role = roles_of(pa)[0]
                councils = self.boards[c.board_id]
                first, _ = self.declaring(councils, role)
                if first is not c:
                    continue
                serves = [o.slug for o in councils if o is not c]
                members = None
                if "members" in pa:
                    members = merge_members(self.shared_members(councils, role))
                if role == "health_board":
                    lead = [o.name for o in councils if o.row["integration"] == "lead_agency"]
                    name = c.board_name + "".join(f" (lead agency for adult care in {n})" for n in lead)
                else:
                    served = Counter()
                    for o in councils:
                        served[o.row["hospital"]] += o.population
                    hospital = max(served, key=lambda h: served[h])  # the first named wins a tie
                    name = f"{hospital} ({c.board_name} acute hospital)"
                out.append(self.make_agent(c, pa, c.map(pid), name, c.slug, serves, members))
            elif kind == "ijb" and c.joint_host is not None:
                if c.joint_host is not c:
                    continue  # declared by the joint IJB's host
                seated = [c] + c.joint_guests
                members = None
                if "members" in pa:
                    # Item by item, each council's part together: both councils' lead
                    # members, then both councils' first administration councillors, ...
                    members = merge_members([interleave([s.expand_members([m]) for s in seated])
                                             for m in pa["members"]])
                if "ijb" in roles_of(pa):
                    name = c.row["integration_authority"]
                else:
                    name = f"{c.ijb_name} {pa.get('name', pid)}"
                out.append(self.make_agent(c, pa, c.map(pid), name, c.slug,
                                           [g.slug for g in c.joint_guests], members))
            else:
                if "ijb" in roles_of(pa):
                    name = c.row["integration_authority"]
                out.append(self.make_agent(c, pa, c.map(pid), name, c.slug))
        return out

    def elected_members(self, c):
        out = []
        for party in PARTY_ID_PREFIX:
            named = c.pattern.named[party]
            for pa in named:
                out.append(self.make_agent(c, pa, c.map(pa["id"]), f"{c.name} {pa.get('name', pa['id'])}", c.slug))
            plain = [a for a in named if roles_of(a) == ["councillor"]]
            template = plain[-1] if plain else {"role": "councillor", "party": party}
            for local, k in c.extras[party]:
                pa = {**template, "id": local}
                out.append(self.make_agent(c, pa, c.local(local), f"{c.name} {party} councillor {k}", c.slug))
        return out

    def national_agents(self):
        out = []
        for role, ident in NATIONAL_ROLES.items():
            c, pa = self.declaring(self.order, role)
            if c is not None:
                out.append(self.make_agent(c, pa, ident, pa.get("name", ident), None))
        return out

    # --- links --------------------------------------------------------------------
    def council_links(self, c, seen):
        out = []
        for source, kind, target, extra in c.pattern.links:
            for f in c.expand(source):
                for t in c.expand(target):
                    key = (f, kind, t)
                    if key in seen:
                        if seen[key] != extra:
                            fail(f"link {f} {kind} {t} is given with different attributes: {seen[key]} and {extra}")
                        continue
                    seen[key] = extra
                    out.append(f"{f} {kind} {t}" if not extra else {"from": f, "type": kind, "to": t, **extra})
        return out

    # --- areas --------------------------------------------------------------------
    def area(self, c):
        p = c.pattern
        # A council sharing a joint IJB is not organised as its pattern alone: its
        # board, chief officer and meetings serve two councils. Results group it apart.
        label = p.name + ("-joint-ijb" if c.joint_host is not None else "")
        area = {"id": c.slug, "name": c.name, "population": c.population, "pattern": label}
        officer = dict(p.statutory_officer or {})
        officer["agent"] = c.map(officer.get("agent", p.cswo))
        area["statutory_officer"] = {"agent": officer.pop("agent"), **officer}
        scheme = []
        for entry in p.scheme:
            e = dict(entry)
            for key in ("taken_by", "advice_from"):
                if key in e:
                    e[key] = c.expand_scheme_value(e[key])
            scheme.append(e)
        if scheme:
            area["scheme_of_delegation"] = scheme
        return area

    def build(self):
        seen = {}
        for c in self.order:
            comment = (f"--- {c.name}: {c.councillors} councillors modelled ({c.real_councillors} elected in 2022), "
                       f"pattern {c.pattern.name} ")
            agents = self.council_agents(c)
            self.agent_blocks.append((comment + "-" * max(3, 100 - len(comment)), agents))
            self.agents += agents
        national = self.national_agents()
        self.agent_blocks.append(("--- national bodies, in no one area " + "-" * 64, national))
        self.agents += national
        for c in self.order:
            links = self.council_links(c, seen)
            comment = f"--- {c.name} "
            self.link_blocks.append((comment + "-" * (100 - len(comment)), links))
            self.links += links
        self.areas = [self.area(c) for c in self.order]
        self.validate()

    def validate(self):
        ids = [a["id"] for a in self.agents]
        dupes = [i for i, n in Counter(ids).items() if n > 1]
        if dupes:
            fail(f"duplicate agent ids: {dupes}")
        known = set(ids)
        refs = []
        for a in self.agents:
            refs += [m["id"] if isinstance(m, dict) else m for m in a.get("members", [])]
            refs += [a[k] for k in REFERENCE_KEYS if k in a]
        for link in self.links:
            f, _, t, _ = parse_link(link)
            refs += [f, t]
        for area in self.areas:
            refs.append(area["statutory_officer"]["agent"])
            for e in area.get("scheme_of_delegation", []):
                for key in ("taken_by", "advice_from"):
                    v = e.get(key, [])
                    refs += v if isinstance(v, list) else [v]
        missing = sorted(set(refs) - known)
        if missing:
            fail(f"references to undeclared agents: {missing}")

    # --- the text -----------------------------------------------------------------
    def document(self):
        """The file's data, as yaml.safe_load should read it back."""
        return {"name": "national", "description": self.description(), "jurisdiction": "scotland",
                "integration": "ijb", "agents": self.agents, "links": self.links, "areas": self.areas,
                "confidentiality": self.patterns["typical"].confidentiality}

    def description(self):
        counts = Counter(c.pattern.name for c in self.councils)
        ijbs = len([a for a in self.agents if "ijb" in roles_of(a)])
        return (f"All {len(self.councils)} Scottish councils, each built from one of {len(counts)} patterns; "
                f"{len(self.boards)} health boards, {ijbs} IJBs; the scale test")

    def body_text(self):
        lines = ["name: national", f"description: {scalar(self.description())}", "jurisdiction: scotland",
                 "integration: ijb", "", "agents:"]
        for comment, agents in self.agent_blocks:
            lines.append(f"  # {comment}")
            for a in agents:
                lines += agent_lines(a)
            lines.append("")
        lines.append("links:")
        for comment, links in self.link_blocks:
            lines.append(f"  # {comment}")
            for link in links:
                lines += (["  - " + (f'"{link}"' if link.startswith("@") else link)] if isinstance(link, str)
                          else wrap_flow("  - {", [f"{k}: {value(v)}" for k, v in link.items()], "}", 5))
            lines.append("")
        lines.append("areas:")
        for area in self.areas:
            lines.append(f"  - id: {scalar(area['id'])}")
            lines.append(f"    name: {scalar(area['name'])}")
            lines.append(f"    population: {area['population']}")
            lines.append(f"    pattern: {scalar(area['pattern'])}")
            lines += wrap_flow("    statutory_officer: {",
                               [f"{k}: {value(v)}" for k, v in area["statutory_officer"].items()], "}", 7)
            if "scheme_of_delegation" in area:
                lines.append("    scheme_of_delegation:")
                for e in area["scheme_of_delegation"]:
                    lines += wrap_flow("      - {", [f"{k}: {value(v)}" for k, v in e.items()], "}", 9)
        lines.append("")
        lines.append("confidentiality:")
        for k, v in self.patterns["typical"].confidentiality.items():
            lines.append(f"  {k}: {value(v)}")
        return lines

    def header(self):
        counts = Counter(c.pattern.name for c in self.councils)
        warnings = Counter()
        for c in self.councils:
            warnings.update(PATTERN_WARNINGS[c.pattern.name])
        full_scale = National(1.0)
        lead = [c for c in self.order if c.pattern.name == LEAD_AGENCY_PATTERN]
        ijbs = [a for a in self.agents if "ijb" in roles_of(a)]
        used_sources = {}  # column -> source keys its rows cite, first cited first
        for column in ("councillors_source", "population_source", "integration_source"):
            used_sources[column] = list(dict.fromkeys(r[column] for r in self.rows))
        for extra in ("hscs-integration", "sg-maps-ia"):  # the table cites them for every row's integration model
            if extra in self.sources and extra not in used_sources["integration_source"]:
                used_sources["integration_source"].append(extra)
        by_pattern = {p: [c.name for c in sorted(self.councils, key=lambda c: (-c.population, c.slug))
                          if c.pattern.name == p] for p in PATTERNS}
        out = []

        def para(text):
            out.extend(textwrap.wrap(text, 92, break_on_hyphens=False, break_long_words=False))

        def item(text):
            out.extend(textwrap.wrap(text, 92, initial_indent="- ", subsequent_indent="  ",
                                     break_on_hyphens=False, break_long_words=False))

        out += ["All 32 Scottish councils in one arrangement: govsim's national scale test, and a",
                "study of how the arrangements of 32 local authorities vary.", "",
                "GENERATED FILE: do not edit by hand. Edit the table or a pattern, then regenerate with",
                "    python3 scripts/generate-national-arrangement.py > scenarios/arrangements/national.yaml",
                "(add --councillor-scale S to change the scale below; --assign-patterns to reset the",
                f"pattern column of {CSV_NAME} by the rule below), then run",
                "    govsim check scenarios/arrangements/national.yaml", ""]
        out.append("What it represents: each council is built from one of four built-in arrangements, its")
        out.append("PATTERN, named in the `pattern` column of the table:")
        for p, f in PATTERNS.items():
            item(f"{p} ({counts[p]}): {f} — {self.patterns[p].description}")
        out.append("")
        para("Every agent of the pattern is copied with its id prefixed by the council's slug (fife.cswo), its "
             "name by the council's name, and `area: SLUG`; every reference (links, members, chair, the scheme "
             "of delegation, the statutory officer) is mapped the same way. The pattern's named elected members "
             "keep their own links and seats; further administration and opposition councillors make up the "
             "council's modelled size, and the pattern's `@elected_members` and `@ROLE` name that council's own "
             "agents. Each council's statutory officer and scheme of delegation are its pattern's, under `areas:` "
             "(with its name and population; where a pattern has no statutory_officer block, as interim, the area "
             "names its CSWO, in the default position); a scenario resolves \"@ROLE\" among the agents serving the area it "
             "plays in. An IJB is named as in the table's integration_authority column.")
        out.append("")
        out.append("Pattern assignment — a STUDY ASSUMPTION, not a claim about any named council:")
        item(f"{', '.join(c.name for c in lead)}: lead_agency — a fact: NHS Highland has been lead agency "
             "for adult health and social care since 2012 (the table's integration column).")
        for group in self.joints:
            item(f"{' and '.join(c.name for c in group)}: typical — they share one joint IJB (a fact; the "
                 "table's integration_authority), and the generator builds a joint IJB for the typical pattern "
                 "only. Their areas are labelled 'typical-joint-ijb' (`pattern:` under `areas:`): a board, chief "
                 "officer and meetings shared by two councils are not the typical pattern, and results group "
                 "them apart.")
        n_others = len(self.councils) - len(lead) - sum(len(g) for g in self.joints)
        item(f"the other {n_others}: sorted by population, largest first, and assigned by position i (from 0) "
             "in that order: i % 4 in {0, 1} typical, i % 4 = 2 partnership, i % 4 = 3 interim, so that each "
             "pattern is spread across large and small councils. A study design for comparing patterns: it does "
             "not describe how any named council is organised. A researcher may change a council's pattern in "
             "the table and regenerate; the table records the assignment the file was made from.")
        for p in ("partnership", "interim"):
            item(f"{p}: {', '.join(by_pattern[p])}.")
        out.append("")
        out.append("Shared and national bodies:")
        item(f"{len(self.boards)} territorial health boards, each declared once in the area of its first council "
             "in the table, with `serves:` its other councils (councils sharing a board are adjacent in the "
             "file); its members are all its councils' non-executives (3 per council), and its other keys come "
             "from the first council's pattern. Each board has one acute hospital, shared the same way and "
             "named from the table's hospital column (the one named for most of the board's people). "
             "A link the patterns give between "
             "two shared bodies (the hospital accountable to its board) is written once.")
        if lead:
            item("NHS Highland serves Highland (lead agency: the council delegates adult social care to NHS "
                 "Highland and keeps children's services; no IJB) and Argyll and Bute (an IJB); both patterns' "
                 "links attach to the one board. The file-level `integration: ijb` describes the other "
                 "councils; the IJB rules look at each IJB, so Highland needs none.")
        for group in self.joints:
            host = group[0]
            item(f"{' and '.join(c.name for c in group)} share one joint IJB ({host.ijb_prefix}.ijb, in the "
                 f"{host.slug} area, with `serves:` the other) and one chief officer, chief finance officer and GP "
                 "adviser: each council delegates to it and seats its three councillors and three non-executives "
                 "(voting), and its CSWO (not voting); the IJB directs and reports to both. "
                 f"{', '.join(c.name for c in group[1:])}'s scheme of delegation names the joint IJB's agents "
                 "where its pattern names its own IJB's.")
        item(f"{len(ijbs)} IJBs and {len(lead)} lead agency cover the {len(self.councils)} councils.")
        item("The Care Inspectorate and the SPSO are declared once, with no area; the patterns' links to and "
             "from them are written for each council.")
        out.append("")
        out.append("Sources: the figures are in " + CSV_NAME + ", whose comment header")
        out.append("gives each source in full (with its URL) and the checks made; by title:")
        what = {"councillors_source": "councillors elected in May 2022",
                "population_source": "population, mid-2022",
                "integration_source": "integration authority and model"}
        for column, keys in used_sources.items():
            out.append(f"- {what[column]}:")
            for k in keys:
                out.extend(textwrap.wrap(f"{k}: {self.sources.get(k, '(not described in the table)')}", 92,
                                         initial_indent="  - ", subsequent_indent="    ",
                                         break_on_hyphens=False, break_long_words=False))
        item("health boards: the 14 territorial NHS boards; the table's council-to-board assignment is the "
             "standard one and its hospitals are named for people to read, neither sourced row by row (the "
             "table says so).")
        out.append("")
        total = sum(c.councillors for c in self.councils)
        real = sum(c.real_councillors for c in self.councils)
        out.append("Modelling parameters (not sourced figures):")
        item(f"councillor scale: {self.scale} — modelled councillors = max({MIN_COUNCILLORS}, round(elected in "
             f"2022 x scale)): {total:,} modelled of {real:,} elected. At 1.0 the file would have "
             f"{len(full_scale.agents):,} agents; the view's scale test wants about 1,500.")
        item(f"administration share: {ADMINISTRATION_SHARE} of each council's members (leader and lead member "
             "included) are in the administration, the rest in opposition (most Scottish councils are run by "
             "coalitions or minority administrations).")
        item(f"health board non-executives: {NON_EXECUTIVES_PER_COUNCIL} per council, as in every pattern (an IJB's "
             "three, balancing its three voting councillors; SSI 2014/285).")
        item("everything else (capacities, response times, thresholds, meeting cycles): as each pattern sets, "
             "else the per-role defaults in docs/arrangements.md. No pattern sets link_defaults, "
             "escalation_thresholds or parameters (the generator refuses one that does).")
        out.append("")
        out.append(f"{len(self.agents):,} agents, {len(self.links):,} links, {len(self.areas)} areas.")
        summary = ", ".join(f"{n} {rule}" for rule, n in sorted(warnings.items()))
        para(f"Expect `govsim check` to report 0 errors and {sum(warnings.values())} warnings ({summary}): only "
             "what each pattern has on its own, once for each council built from it (partnership: CSWO off the "
             "corporate management team and line-managed inside the partnership; interim: the CSWO is also "
             "the IJB chief officer).")
        return [("# " + line).rstrip() for line in out]

    def write(self):
        body = self.body_text()
        text = "\n".join(self.header() + body) + "\n"
        if yaml.safe_load(text) != self.document():
            fail("the YAML written does not read back as the data built (an emitter bug)")
        return text


# --- YAML emitting ----------------------------------------------------------------

def scalar(s):
    """A string as a YAML scalar: plain where that reads back as written, else double-quoted."""
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.() /-]*", s) and not s.endswith(" "):
        try:
            if yaml.safe_load(f"k: [{s}]")["k"] == [s]:
                return s
        except yaml.YAMLError:
            pass
    return json.dumps(s, ensure_ascii=False)


def value(v):
    """Any value in flow style."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return scalar(v)
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {value(x)}" for k, x in v.items()) + "}"
    if v is None:
        return "null"
    fail(f"cannot write {v!r}")


def wrap_flow(opening, items, closing, indent):
    """`opening` item, item, ... `closing`, wrapped before WIDTH, continuation lines at `indent`."""
    lines, line = [], opening
    for i, item in enumerate(items):
        piece = item + (", " if i + 1 < len(items) else closing)
        if len(line) + len(piece.rstrip()) > WIDTH and line.strip() not in ("", opening.strip()):
            lines.append(line.rstrip())
            line = " " * indent
        line += piece
    lines.append(line)
    return lines


def agent_lines(a):
    """An agent with members in block style, any other on one (wrapped) flow line."""
    if "members" not in a:
        return wrap_flow("  - {", [f"{k}: {value(v)}" for k, v in a.items()], "}", 5)
    lines = [f"  - id: {scalar(a['id'])}"]
    for k, v in a.items():
        if k == "id":
            continue
        if isinstance(v, list):
            prefix = f"    {k}: ["
            lines += wrap_flow(prefix, [value(x) for x in v], "]", len(prefix))
        else:
            lines.append(f"    {k}: {value(v)}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--councillor-scale", type=float, default=DEFAULT_COUNCILLOR_SCALE,
                        help=f"modelled councillors per elected councillor (default {DEFAULT_COUNCILLOR_SCALE})")
    parser.add_argument("--assign-patterns", action="store_true",
                        help=f"recompute the pattern column of {CSV_NAME} by the study's rule and rewrite it in "
                             "place (comment header kept), then write the YAML as usual")
    args = parser.parse_args()
    if not 0 < args.councillor_scale <= 1:
        parser.error("--councillor-scale must be in (0, 1]")
    if args.assign_patterns:
        rewrite_patterns(CSV_PATH)
    sys.stdout.write(National(args.councillor_scale).write())


if __name__ == "__main__":
    main()
