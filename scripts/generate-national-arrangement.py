#!/usr/bin/env python3
"""Writes scenarios/arrangements/national.yaml: all 32 Scottish councils in one arrangement.

Dev-only: the YAML is checked in, so building govsim never needs python. Rerun after
changing a parameter below and check the result:

    python3 scripts/generate-national-arrangement.py > scenarios/arrangements/national.yaml
    govsim check scenarios/arrangements/national.yaml

Each council copies the pattern of typical-scottish-ijb.yaml (Highland that of
highland-lead-agency.yaml), with every id prefixed by the council's slug and every
agent given `area: SLUG`. `@elected_members` and `@health_board_non_executive` would
take in the whole country here, so each council's links name its own members one
by one. Everything the header of the YAML says about parameters is printed from the
constants below, so the two cannot disagree.
"""

import argparse
import sys

# --- parameters -------------------------------------------------------------------

# Councillors per council, as elected at the May 2022 local government elections
# (1,226 in all; Scotland has about 1,200 councillors). Source: each council's
# 2022 election results, on the wards set by the Local Government Boundary
# Commission for Scotland.
#
# Councils are grouped by the territorial health board that covers them (14
# boards), so that councils sharing a board are next to each other in the file.
HEALTH_BOARDS = [
    # (board id, board name, acute hospital, [(slug, council name, councillors 2022)])
    ("nhs_ayrshire_arran", "NHS Ayrshire and Arran", "University Hospital Crosshouse", [
        ("east_ayrshire", "East Ayrshire", 32),
        ("north_ayrshire", "North Ayrshire", 33),
        ("south_ayrshire", "South Ayrshire", 28),
    ]),
    ("nhs_borders", "NHS Borders", "Borders General Hospital", [
        ("borders", "Scottish Borders", 34),
    ]),
    ("nhs_dumfries_galloway", "NHS Dumfries and Galloway", "Dumfries and Galloway Royal Infirmary", [
        ("dumfries_galloway", "Dumfries and Galloway", 43),
    ]),
    ("nhs_fife", "NHS Fife", "Victoria Hospital, Kirkcaldy", [
        ("fife", "Fife", 75),
    ]),
    ("nhs_forth_valley", "NHS Forth Valley", "Forth Valley Royal Hospital", [
        ("falkirk", "Falkirk", 30),
        ("clackmannanshire", "Clackmannanshire", 18),
        ("stirling", "Stirling", 23),
    ]),
    ("nhs_grampian", "NHS Grampian", "Aberdeen Royal Infirmary", [
        ("aberdeen", "Aberdeen City", 45),
        ("aberdeenshire", "Aberdeenshire", 70),
        ("moray", "Moray", 26),
    ]),
    ("nhs_ggc", "NHS Greater Glasgow and Clyde", "Queen Elizabeth University Hospital", [
        ("east_dunbartonshire", "East Dunbartonshire", 22),
        ("east_renfrewshire", "East Renfrewshire", 18),
        ("glasgow", "Glasgow City", 85),
        ("inverclyde", "Inverclyde", 22),
        ("renfrewshire", "Renfrewshire", 43),
        ("west_dunbartonshire", "West Dunbartonshire", 22),
    ]),
    ("nhs_highland", "NHS Highland", "Raigmore Hospital", [
        ("highland", "Highland", 74),
        ("argyll_bute", "Argyll and Bute", 36),
    ]),
    ("nhs_lanarkshire", "NHS Lanarkshire", "University Hospital Wishaw", [
        ("north_lanarkshire", "North Lanarkshire", 77),
        ("south_lanarkshire", "South Lanarkshire", 64),
    ]),
    ("nhs_lothian", "NHS Lothian", "Royal Infirmary of Edinburgh", [
        ("edinburgh", "City of Edinburgh", 63),
        ("east_lothian", "East Lothian", 22),
        ("midlothian", "Midlothian", 18),
        ("west_lothian", "West Lothian", 33),
    ]),
    ("nhs_orkney", "NHS Orkney", "The Balfour", [
        ("orkney", "Orkney Islands", 21),
    ]),
    ("nhs_shetland", "NHS Shetland", "Gilbert Bain Hospital", [
        ("shetland", "Shetland Islands", 23),
    ]),
    ("nhs_tayside", "NHS Tayside", "Ninewells Hospital", [
        ("angus", "Angus", 28),
        ("dundee", "Dundee City", 29),
        ("perth_kinross", "Perth and Kinross", 40),
    ]),
    ("nhs_western_isles", "NHS Western Isles", "Western Isles Hospital", [
        ("eilean_siar", "Na h-Eileanan Siar", 29),
    ]),
]

# Highland integrates through NHS Highland as lead agency, with no IJB (since 2012).
LEAD_AGENCY_COUNCIL = "highland"

# Clackmannanshire and Stirling delegate to one joint IJB: with Highland's lead
# agency, that is why 30 integration authorities cover 32 councils (fact 6).
# Guest council -> host council, whose block declares the joint board.
JOINT_IJB_GUESTS = {"stirling": "clackmannanshire"}
JOINT_IJB_PREFIX = "clackmannanshire_stirling"
JOINT_IJB_NAME = "Clackmannanshire and Stirling"

# Modelled councillors = max(MIN_COUNCILLORS, round(2022 councillors x scale)).
# A modelling parameter, not a sourced figure: at 1.0 the file has about 1,800
# agents, more than the view's scale test wants (about 1,500), so the default
# scales every council alike and keeps their relative sizes.
DEFAULT_COUNCILLOR_SCALE = 0.75
MIN_COUNCILLORS = 6  # leader, lead member, two administration, two opposition

# Share of each council's members in the administration (leader and lead member
# included). A modelling parameter: most Scottish councils are run by coalitions
# or minority administrations, so half is a plain middle value.
ADMINISTRATION_SHARE = 0.5

# Health board non-executives per council: the three each IJB needs to balance
# its three voting councillors (SSI 2014/285; fact 6). In Highland they are NHS
# Highland's members for the lead agency area, as in highland-lead-agency.yaml.
NON_EXECUTIVES_PER_COUNCIL = 3

YAML_SPECIAL = set(":,[]{}#&*!|>'\"%@`")


def text(value):
    """A YAML scalar: quoted only when it would otherwise not read back as written."""
    return '"' + value + '"' if any(c in YAML_SPECIAL for c in value) else value


def flow_list(items, indent):
    """A flow-style list wrapped at about 110 columns."""
    lines, line, start = [], "[", indent  # `start`: the column `line` begins at
    for i, item in enumerate(items):
        piece = item + (", " if i + 1 < len(items) else "]")
        if start + len(line.rstrip()) + len(piece.rstrip()) > 110 and line.strip() != "[":
            lines.append(line.rstrip())
            line, start = " " * (indent + 1), 0
        line += piece
    lines.append(line)
    return "\n".join(lines)


class Council:
    def __init__(self, slug, name, councillors_2022, board, scale):
        self.slug, self.name, self.board = slug, name, board
        self.real_councillors = councillors_2022
        self.councillors = max(MIN_COUNCILLORS, round(councillors_2022 * scale))
        administration = max(4, round(self.councillors * ADMINISTRATION_SHARE))
        administration = min(administration, self.councillors - 2)
        self.admin = [f"{slug}.cllr_admin_{i}" for i in range(1, administration - 2 + 1)]
        self.opposition = [f"{slug}.cllr_opposition_{i}" for i in range(1, self.councillors - administration + 1)]
        self.members = [f"{slug}.leader", f"{slug}.lead_member"] + self.admin + self.opposition
        self.non_executives = [f"{slug}.nhs_ne_{i}" for i in range(1, NON_EXECUTIVES_PER_COUNCIL + 1)]
        self.lead_agency = slug == LEAD_AGENCY_COUNCIL
        self.host = JOINT_IJB_GUESTS.get(slug)  # the council whose block declares our joint IJB
        self.guests = [g for g, h in JOINT_IJB_GUESTS.items() if h == slug]
        joint = self.host or (slug if self.guests else None)
        self.ijb_prefix = JOINT_IJB_PREFIX if joint else slug

    def id(self, local):
        return f"{self.slug}.{local}"

    def ijb(self, local="ijb"):
        return f"{self.ijb_prefix}.{local}"


class Writer:
    def __init__(self, scale):
        self.scale = scale
        self.lines = []
        self.councils = [Council(slug, name, n, board, scale)
                         for board in HEALTH_BOARDS for slug, name, n in board[3]]
        self.by_slug = {c.slug: c for c in self.councils}
        self.agents = 0

    def out(self, line=""):
        self.lines.append(line)

    def agent(self, ident, name, role, area, **extra):
        self.agents += 1
        fields = [f"id: {ident}", f"name: {text(name)}"]
        fields.append(f"roles: [{', '.join(role)}]" if isinstance(role, list) else f"role: {role}")
        fields += [f"{k}: {v}" for k, v in extra.items()]
        fields.append(f"area: {area}")
        self.out("  - {" + ", ".join(fields) + "}")

    def body(self, ident, name, role, area, members, chair=None, meets=None):
        self.agents += 1
        self.out(f"  - id: {ident}")
        self.out(f"    name: {text(name)}")
        self.out(f"    role: {role}")
        self.out(f"    area: {area}")
        self.out(f"    members: {flow_list(members, len('    members: '))}")
        if chair:
            self.out(f"    chair: {chair}")
        if meets:
            self.out(f"    meets_every_days: {meets}")

    def link(self, source, kind, target):
        self.out(f"  - {source} {kind} {target}")

    # --- agents -------------------------------------------------------------------
    def elected_members(self, c):
        a = c.slug
        self.agent(c.id("leader"), f"{c.name} council leader", "leader", a, party="administration")
        portfolio = "health and social care" if not c.lead_agency else "health, social care and wellbeing"
        self.agent(c.id("lead_member"), f"{c.name} convener of {portfolio}", "lead_member", a,
                   party="administration", portfolio=text(portfolio))
        for i, ident in enumerate(c.admin, 1):
            self.agent(ident, f"{c.name} administration councillor {i}", "councillor", a, party="administration")
        for i, ident in enumerate(c.opposition, 1):
            self.agent(ident, f"{c.name} opposition councillor {i}", "councillor", a, party="opposition")

    def council_agents(self, c, board):
        board_id, board_name, hospital, councils = board
        a = c.slug
        self.out(f"  # --- {c.name}: {c.councillors} councillors modelled ({c.real_councillors} elected in 2022)"
                 + (", lead agency" if c.lead_agency else "") + " " + "-" * 10)
        self.elected_members(c)
        self.body(c.id("full_council"), f"{c.name} Council", "full_council", a, c.members, chair=c.id("leader"),
                  meets=42)
        if c.lead_agency:
            self.body(c.id("care_scrutiny"), f"{c.name} health, social care and wellbeing committee",
                      "scrutiny_committee", a, [c.id("lead_member"), c.admin[0], c.opposition[0]],
                      chair=c.id("lead_member"))
        else:
            self.body(c.id("audit_scrutiny"), f"{c.name} audit and scrutiny committee", "scrutiny_committee", a,
                      [c.opposition[0], c.opposition[1], c.admin[1]], chair=c.opposition[0], meets=42)
        self.agent(c.id("chief_executive"), f"{c.name} chief executive", "chief_executive", a)
        if c.lead_agency:
            self.agent(c.id("cswo"), f"{c.name} CSWO and head of children's services", ["cswo", "head_of_service"], a)
            self.agent(c.id("childrens_manager"), f"{c.name} children's services manager", "operational_manager", a)
            self.agent(c.id("childrens_team"), f"{c.name} children's social work team", "frontline_team", a)
        else:
            self.agent(c.id("cswo"), f"{c.name} Chief Social Work Officer (head of children's services)",
                       ["cswo", "head_of_service"], a)
            if not c.host:
                self.ijb_agents(c)
            self.agent(c.id("head_of_adult_services"), f"{c.name} head of adult services", "head_of_service", a)
            self.agent(c.id("adult_services_manager"), f"{c.name} adult services manager", "operational_manager", a)
            self.agent(c.id("discharge_team"), f"{c.name} hospital discharge social work team", "frontline_team", a)
            self.agent(c.id("community_team"), f"{c.name} community care team", "frontline_team", a)
        for i, ident in enumerate(c.non_executives, 1):
            self.agent(ident, f"{board_name} non-executive {i} for {c.name}", "health_board_non_executive", a)
        if c.slug == councils[0][0]:
            # The board is shared by all its councils; it lives in its first council's area.
            members = [ne for s, _, _ in councils for ne in self.by_slug[s].non_executives]
            self.body(board_id, board_name + (" (lead agency for adult care in Highland)" if any(
                self.by_slug[s].lead_agency for s, _, _ in councils) else ""), "health_board", a, members, meets=56)
            self.agent(f"{board_id}.hospital", f"{hospital} ({board_name} acute hospital)", "hospital", a)
        if c.lead_agency:
            self.agent(c.id("nhs_adult_care_director"), f"{board_name} director of adult social care",
                       "head_of_service", a)
            self.agent(c.id("adult_services_manager"), f"{c.name} adult services manager (NHS employed)",
                       "operational_manager", a)
            self.agent(c.id("discharge_team"), f"{c.name} hospital discharge team", "frontline_team", a)
        self.agent(c.id("care_provider"), f"{c.name} care at home provider", "provider", a)
        self.agent(c.id("constituents"), f"{c.name} constituents", "constituents", a)
        self.agent(c.id("service_users"), f"{c.name} adults needing care", "service_users", a)
        self.out()

    def ijb_agents(self, c):
        """The IJB and its officers; a joint board also seats its guest councils."""
        name = JOINT_IJB_NAME if c.guests else c.name
        seated = [c] + [self.by_slug[g] for g in c.guests]
        members = []
        for s in seated:
            members += [s.id("lead_member"), s.admin[0], s.opposition[0]]
        for s in seated:
            members += s.non_executives
        for s in seated:
            members.append(f"{{id: {s.id('cswo')}, voting: false}}")
        members += [f"{{id: {c.ijb(x)}, voting: false}}" for x in ("ijb_chief_officer", "ijb_cfo", "gp_adviser")]
        self.agents += 1
        self.out(f"  - id: {c.ijb()}")
        self.out(f"    name: {text(name + ' integration joint board')}")
        self.out("    role: ijb")
        self.out(f"    area: {c.slug}")
        self.out("    members:")
        for m in members:
            self.out(f"      - {m}")
        self.out(f"    chair: {c.non_executives[0]}")
        self.out("    meets_every_days: 42")
        self.out("    urgent_business: true")
        self.agent(c.ijb("ijb_chief_officer"), f"{name} IJB chief officer", "ijb_chief_officer", c.slug)
        self.agent(c.ijb("ijb_cfo"), f"{name} IJB chief finance officer", "ijb_chief_finance_officer", c.slug)
        self.agent(c.ijb("gp_adviser"), f"GP adviser to the {name} IJB", "professional_adviser", c.slug)

    # --- links --------------------------------------------------------------------
    def member_links(self, c, line):
        for m in c.members:
            line(m)

    def council_links(self, c, board):
        board_id = board[0]
        hospital = f"{board_id}.hospital"
        L = self.link
        self.out(f"  # --- {c.name} " + "-" * 20)
        if c.slug == board[3][0][0]:
            L(hospital, "accountable_to", board_id)
        if c.lead_agency:
            self.lead_agency_links(c, board_id, hospital)
            return
        cswo, council, ijb, officer = c.id("cswo"), c.id("full_council"), c.ijb(), c.ijb("ijb_chief_officer")
        L(c.id("chief_executive"), "line_manages", cswo)
        L(cswo, "has_access_to", c.id("chief_executive"))
        self.member_links(c, lambda m: L(cswo, "has_access_to", m))
        L(cswo, "accountable_to", council)
        L(cswo, "reports_to", council)
        L(cswo, "reports_to", ijb)
        L(cswo, "reports_to", c.id("audit_scrutiny"))
        L(cswo, "advises", council)
        L(cswo, "advises", ijb)
        L(cswo, "advises", officer)
        self.member_links(c, lambda m: L(m, "has_access_to", cswo))
        self.corporate_links(c)
        L(council, "delegates", ijb)
        L(ijb, "directs", council)
        L(ijb, "accountable_to", council)
        L(ijb, "reports_to", council)
        L(ijb, "reports_to", c.id("audit_scrutiny"))
        L(officer, "reports_to", c.id("chief_executive"))
        if not c.host:  # the board's own links, once per IJB
            L(board_id, "delegates", ijb)
            L(ijb, "directs", board_id)
            L(ijb, "accountable_to", board_id)
            L(ijb, "reports_to", board_id)
            L(officer, "accountable_to", ijb)
            L(c.ijb("ijb_cfo"), "accountable_to", ijb)
            L(c.ijb("gp_adviser"), "advises", ijb)
            L(c.ijb("gp_adviser"), "accountable_to", board_id)
            L(board_id, "has_access_to", officer)
            L("care_inspectorate", "reports_to", ijb)
        for ne in c.non_executives:
            L(ne, "accountable_to", board_id)
        head, manager = c.id("head_of_adult_services"), c.id("adult_services_manager")
        L(officer, "line_manages", head)
        L(head, "line_manages", manager)
        L(manager, "line_manages", c.id("discharge_team"))
        L(manager, "line_manages", c.id("community_team"))
        L(manager, "accountable_to", officer)
        L(head, "escalates_to", cswo)
        L(manager, "escalates_to", cswo)
        L(hospital, "has_access_to", c.id("discharge_team"))
        L(council, "commissions", c.id("care_provider"))
        L(c.id("care_provider"), "reports_to", manager)
        self.outside_links(c)
        L(c.id("service_users"), "has_access_to", c.id("community_team"))
        self.out()

    def lead_agency_links(self, c, board_id, hospital):
        L = self.link
        cswo, council = c.id("cswo"), c.id("full_council")
        director, manager = c.id("nhs_adult_care_director"), c.id("adult_services_manager")
        L(c.id("chief_executive"), "line_manages", cswo)
        L(cswo, "line_manages", c.id("childrens_manager"))
        L(c.id("childrens_manager"), "line_manages", c.id("childrens_team"))
        L(c.id("childrens_manager"), "accountable_to", cswo)
        L(cswo, "has_access_to", c.id("chief_executive"))
        self.member_links(c, lambda m: L(cswo, "has_access_to", m))
        L(cswo, "accountable_to", council)
        L(cswo, "reports_to", council)
        L(cswo, "reports_to", c.id("care_scrutiny"))
        L(cswo, "advises", council)
        L(cswo, "advises", board_id)  # professional oversight of delegated adult social work
        self.member_links(c, lambda m: L(m, "has_access_to", cswo))
        self.corporate_links(c)
        # Lead agency: delegation both ways, each reporting back to the other.
        L(council, "delegates", board_id)
        L(board_id, "reports_to", council)
        L(board_id, "reports_to", c.id("care_scrutiny"))
        L(board_id, "delegates", council)
        L(council, "reports_to", board_id)
        for ne in c.non_executives:
            L(ne, "accountable_to", board_id)
        L(director, "accountable_to", board_id)
        L(director, "line_manages", manager)
        L(manager, "line_manages", c.id("discharge_team"))
        L(manager, "accountable_to", director)
        L(director, "escalates_to", cswo)  # professional concerns reach the council's CSWO
        L(hospital, "has_access_to", c.id("discharge_team"))
        L(board_id, "commissions", c.id("care_provider"))
        L(c.id("care_provider"), "reports_to", manager)
        self.outside_links(c)
        L("care_inspectorate", "reports_to", board_id)
        L(c.id("service_users"), "has_access_to", c.id("discharge_team"))
        self.out()

    def corporate_links(self, c):
        L = self.link
        council = c.id("full_council")
        L(c.id("chief_executive"), "accountable_to", council)
        L(c.id("chief_executive"), "has_access_to", c.id("leader"))
        L(c.id("leader"), "accountable_to", council)
        L(c.id("lead_member"), "accountable_to", council)
        self.member_links(c, lambda m: L(m, "accountable_to", c.id("constituents")))
        self.member_links(c, lambda m: L(c.id("constituents"), "has_access_to", m))

    def outside_links(self, c):
        L = self.link
        L(c.id("care_provider"), "accountable_to", "care_inspectorate")
        L("care_inspectorate", "reports_to", c.id("full_council"))
        L(c.id("service_users"), "has_access_to", "spso")
        L("spso", "reports_to", c.id("full_council"))

    # --- the file -----------------------------------------------------------------
    def header(self):
        total = sum(c.councillors for c in self.councils)
        real = sum(c.real_councillors for c in self.councils)
        full_scale = Writer(1.0)
        full_scale.body_text()
        first = self.councils[0]
        for line in f"""\
All 32 Scottish councils in one arrangement: govsim's national scale test.

GENERATED FILE: do not edit by hand. Regenerate with
    python3 scripts/generate-national-arrangement.py > scenarios/arrangements/national.yaml
(add --councillor-scale S to change the scale below), then run
    govsim check scenarios/arrangements/national.yaml

What it represents: each council copies the pattern of typical-scottish-ijb.yaml —
CSWO on the corporate management team with direct access to the chief executive and
to every one of its own elected members, non-voting on the IJB; an IJB of three
councillors and three health board non-executives; frontline concerns climbing the
partnership's line management with a protocol route to the CSWO. Every id is
prefixed by the council's slug (fife.cswo) and every agent has `area: SLUG`.

Shared and national bodies:
- 14 territorial health boards, each declared once in the area of its first council
  and shared by all its councils (councils sharing a board are adjacent in the file):
  it delegates to each of their IJBs, which report back to it; one acute hospital per
  board refers people to each council's discharge team.
- The Care Inspectorate and the SPSO appear once, with no area.
- Highland: NHS Highland's lead agency model (since 2012), as in
  highland-lead-agency.yaml — no IJB; the council delegates adult social care to
  NHS Highland and keeps children's services. NHS Highland also delegates to the
  Argyll and Bute IJB. The arrangement-level `integration: ijb` describes the other
  31 councils; the IJB rules look at each IJB, so Highland needs none.
- {JOINT_IJB_NAME} share one joint IJB ({JOINT_IJB_PREFIX}.ijb, in the
  {JOINT_IJB_GUESTS['stirling']} area): both councils delegate to it, each seats its three councillors
  and three NHS Forth Valley non-executives on it (six and six), and both CSWOs sit on
  it without a vote. So 30 IJBs and one lead agency cover the 32 councils (fact 6).

The first agents are {first.name}'s, so a scenario's "@ROLE" references (the first
holder of the role) resolve to {first.name}; the statutory_officer block and the
scheme of delegation are {first.name}'s too.

Parameters and their sources:
- councillors elected per council: May 2022 local government elections, {real} in all
  (Scotland has about 1,200); each council's figure is in the generator.
- councillor scale: {self.scale} — modelled councillors = max({MIN_COUNCILLORS}, round(elected x scale)),
  {total} modelled, {self.agents} agents in all. A modelling parameter, not a sourced
  figure: at 1.0 the file would have {full_scale.agents} agents; the view's scale test wants
  about 1,500.
- administration share: {ADMINISTRATION_SHARE} of each council's members (leader and lead
  member included) are in the administration, the rest in opposition. A modelling
  parameter (most Scottish councils are run by coalitions or minority administrations).
- health board non-executives: {NON_EXECUTIVES_PER_COUNCIL} per council, the three an IJB needs to balance its
  three voting councillors (SSI 2014/285; fact 6).
- health boards and the councils each covers: the 14 territorial NHS boards; the
  hospital named for each is one of its acute hospitals, for people to read.
- everything else (capacities, response times, thresholds, meeting cycles): the
  per-role defaults in docs/arrangements.md, as in typical-scottish-ijb.yaml.
Expect `govsim check` to pass with no errors or warnings.""".split("\n"):
            self.out(("# " + line).rstrip())

    def write(self):
        """The whole file: the body first, so the header can give its agent count."""
        self.body_text()
        content, self.lines = self.lines, []
        self.header()
        return "\n".join(self.lines + content) + "\n"

    def body_text(self):
        first = self.councils[0]
        self.out("name: national")
        self.out("description: All 32 Scottish councils, 14 health boards, 30 IJBs and Highland's lead agency;"
                 " the scale test")
        self.out("jurisdiction: scotland")
        self.out("integration: ijb")
        self.out()
        self.out("agents:")
        for board in HEALTH_BOARDS:
            for slug, _, _ in board[3]:
                self.council_agents(self.by_slug[slug], board)
        self.out("  # --- national bodies, in no one area " + "-" * 20)
        self.out("  - {id: care_inspectorate, name: Care Inspectorate, role: regulator}")
        self.out("  - {id: spso, name: Scottish Public Services Ombudsman, role: ombudsman}")
        self.agents += 2
        self.out()
        self.out("links:")
        for board in HEALTH_BOARDS:
            for slug, _, _ in board[3]:
                self.council_links(self.by_slug[slug], board)
        s = first.slug
        self.out(f"# The scheme of delegation and the statutory officer are {first.name}'s: one council's")
        self.out("# protocol, as in typical-scottish-ijb.yaml, for scenarios that run on this file.")
        self.out("scheme_of_delegation:")
        self.out(f"  - {{decision: practice_direction, taken_by: {s}.cswo, social_work_function: true}}")
        self.out(f"  - {{decision: hospital_discharge_procedure, taken_by: {first.ijb()}, advice_from: {s}.cswo,"
                 " social_work_function: true}")
        self.out(f"  - {{decision: eligibility_criteria, taken_by: {s}.full_council, advice_from: {s}.cswo,"
                 " key_decision: true,")
        self.out("     social_work_function: true}")
        self.out(f"  - {{decision: adult_social_care_budget, taken_by: {first.ijb()}, advice_from: {first.ijb('ijb_cfo')}}}")
        self.out(f"  - {{decision: adult_protection_inquiry, taken_by: {s}.adult_services_manager, advice_from: {s}.cswo,")
        self.out("     social_work_function: true}")
        self.out(f"  - {{decision: care_package, taken_by: {s}.adult_services_manager, advice_from: {s}.cswo,"
                 " social_work_function: true}")
        self.out()
        self.out("statutory_officer:")
        self.out(f"  agent: {s}.cswo")
        for key in ("qualified", "registered", "proper_officer", "sufficient_seniority",
                    "on_corporate_management_team"):
            self.out(f"  {key}: true")
        self.out()
        self.out("confidentiality:")
        self.out("  personal_information_to_elected_members: false")
        self.out("  aggregates_to_scrutiny: true")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--councillor-scale", type=float, default=DEFAULT_COUNCILLOR_SCALE,
                        help=f"modelled councillors per elected councillor (default {DEFAULT_COUNCILLOR_SCALE})")
    args = parser.parse_args()
    if not 0 < args.councillor_scale <= 1:
        parser.error("--councillor-scale must be in (0, 1]")
    assert sum(len(b[3]) for b in HEALTH_BOARDS) == 32 and len(HEALTH_BOARDS) == 14
    sys.stdout.write(Writer(args.councillor_scale).write())


if __name__ == "__main__":
    main()
