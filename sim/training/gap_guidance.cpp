#include "training/gap_guidance.hpp"

#include <array>
#include <optional>

#include "engine/enforce.hpp"

namespace govsim {
namespace {

constexpr auto scotland = Jurisdiction::scotland;
constexpr auto england = Jurisdiction::england;

// The sources as docs/domain.md names them.
constexpr std::string_view improvement_service = "Improvement Service, CSWO briefing (2017)";
constexpr std::string_view audit_scotland =
    "Audit Scotland (2016), Social work in Scotland, as the Improvement Service CSWO briefing (2017) gives "
    "it";
constexpr std::string_view adass = "ADASS, Working with elected councillors";
constexpr std::string_view bovens = "Bovens (2007), Analysing and assessing accountability";

// One row per gap type, and a second where Scotland and England differ: the
// guidance each relates to is the basis docs/domain.md section 8 gives for the
// type (or, where it gives none, the nearest rule of sections 1-7, named so);
// the recommendation, owner and time are the handout's defaults, listed in
// docs/training.md ("The handout"). By when: two weeks for a breach of
// confidence, a month for a post or advice missing now, three months for what
// the next meeting cycle can mend, six for a change to the scheme of delegation
// or the arrangement itself, which the council must approve.
constexpr GapGuidance table[] = {
    {GapType::no_owner, std::nullopt, "", "",
     "Each task has exactly one accountable party (RACI: responsible, accountable, consulted, informed)",
     "RACI practice, a management convention",
     "Name one accountable owner for each function in the scheme of delegation", "Chief executive",
     "within 6 months", "Who owns this function, by name, and who would the room ask about it?"},
    {GapType::no_forum, std::nullopt, "", "",
     "Accountability needs a forum that can question the actor and pass judgement", bovens,
     "Give whoever takes this decision a reporting line to a committee or board that can question it",
     "Chief executive", "within 6 months", "Who can question this decider, and how would they hear of it?"},
    {GapType::silent, scotland, "Elected members should",
     "take responsibility for remaining informed, irrespective of whether or not they are members of the "
     "relevant council committee or integration authority",
     "", audit_scotland,
     "Agree which harms and serious concerns are reported to members, and within how many days",
     "Chief Social Work Officer", "within 3 months",
     "How would members have heard of this sooner, and whose job was it to tell them?"},
    {GapType::silent, england, "", "",
     "Accountability begins when the one who acts gives an account to a forum that can question it", bovens,
     "Agree which harms and serious concerns are reported to members, and within how many days",
     "Director of Adult Social Services", "within 3 months",
     "How would members have heard of this sooner, and whose job was it to tell them?"},
    {GapType::rubber_stamp, scotland, "Elected members should",
     "Ensure they scrutinise reports by chief social work officers, demonstrating constructive challenge, "
     "questioning and support as required",
     "", audit_scotland,
     "Question the officer on each social work report before noting it, and minute the questions",
     "Convener of the scrutiny committee", "within 3 months",
     "What should the committee have asked before noting this report?"},
    {GapType::rubber_stamp, england, "", "",
     "A forum questions what is reported to it and passes judgement; noting is not scrutiny", bovens,
     "Question the officer on each social work report before noting it, and minute the questions",
     "Chair of the scrutiny committee", "within 3 months",
     "What should the committee have asked before noting this report?"},
    {GapType::no_consequence, scotland, "", "",
     "The actor may face consequences: what a forum requires must be done, or the forum must know why not",
     bovens,
     "Keep an action log of what the committee requires, with an owner and a due date, reviewed at "
     "each meeting",
     "Convener of the scrutiny committee", "within 3 months",
     "Who was to act on what the forum required, and how would the forum have known it was done?"},
    {GapType::no_consequence, england, "", "",
     "The actor may face consequences: what a forum requires must be done, or the forum must know why not",
     bovens,
     "Keep an action log of what the committee requires, with an owner and a due date, reviewed at "
     "each meeting",
     "Chair of the scrutiny committee", "within 3 months",
     "Who was to act on what the forum required, and how would the forum have known it was done?"},
    {GapType::advice_bypass, scotland, "The CSWO's first function is",
     "The provision of professional advice in the discharge of the local authority's statutory functions as "
     "outlined in the Social Work (Scotland) Act 1968",
     "", improvement_service,
     "Take no decision on social work functions without the CSWO's written advice in the papers, and minute "
     "the reasons when it is not followed",
     "Chair of the integration joint board", "within 1 month",
     "What advice was on the table when the decision was taken, and how would it always be on record?"},
    {GapType::advice_bypass, england, "ADASS advises the DASS:",
     "An audit trail to demonstrate you have provided adequate briefings and appropriate advice is important "
     "if significant difficulties arise.",
     "", adass,
     "Take no decision on social care functions without the DASS's written advice in the papers, and minute "
     "the reasons when it is not followed",
     "Lead member for adult social care", "within 1 month",
     "What advice was on the table when the decision was taken, and how would it always be on record?"},
    {GapType::blocked_escalation, scotland, "Elected members have a duty to",
     "satisfy themselves that the chief social work officer has appropriate access and influence at the most "
     "senior level",
     "",
     "Scottish Government (2016), The Role of the Chief Social Work Officer, paras 11–12, as the Improvement "
     "Service CSWO briefing (2017) quotes it",
     "Write down the route each concern takes to the chief executive and to members, with a deputy for each "
     "post on it, and check it is used",
     "Chief executive", "within 3 months",
     "Where did the concern stop, and who should it have reached next?"},
    {GapType::blocked_escalation, england, "ADASS, to the DASS:",
     "all councillors have access to you, as DASS, and may request information, ask questions or raise "
     "individual concerns or complaints on behalf of constituents.",
     "", adass,
     "Write down the route each concern takes to the chief executive and to members, with a deputy for each "
     "post on it, and check it is used",
     "Chief executive", "within 3 months",
     "Where did the concern stop, and who should it have reached next?"},
    {GapType::self_accountability, scotland, "",
     "The role of chief social work officer is distinct from that of chief officer of the integration "
     "authority.",
     "", improvement_service,
     "Give the CSWO role and the IJB chief officer's post to different people, and let no one advise on "
     "their "
     "own decisions",
     "Chief executive", "within 6 months", "Who questions this person, when they answer to themselves?"},
    {GapType::self_accountability, england, "", "",
     "The one who acts and the forum it answers to must be different parties", bovens,
     "Let no one advise on, or answer to a forum for, their own decisions", "Chief executive",
     "within 6 months", "Who questions this person, when they answer to themselves?"},
    {GapType::many_hands, scotland, "", "",
     "When many contribute to an outcome, no one can be held responsible for it (the problem of many hands)",
     "Thompson (1980), Moral responsibility of public officials",
     "Name one forum that receives an account of every decision that changes care for the same people",
     "Chair of the integration joint board", "within 6 months",
     "Which decisions added to the harm, and which one forum should have answered for them all?"},
    {GapType::many_hands, england, "", "",
     "When many contribute to an outcome, no one can be held responsible for it (the problem of many hands)",
     "Thompson (1980), Moral responsibility of public officials",
     "Name one forum that receives an account of every decision that changes care for the same people",
     "Lead member for adult social care", "within 6 months",
     "Which decisions added to the harm, and which one forum should have answered for them all?"},
    {GapType::delegation_blind_spot, scotland, "",
     "Elected members must maintain oversight of social work and social care services regardless of local "
     "governance arrangements",
     "", improvement_service,
     "Report each decision taken on a delegated function back to the council within one reporting cycle",
     "Chief officer of the integration joint board", "within 6 months",
     "How would the council have heard of a decision it had delegated?"},
    {GapType::delegation_blind_spot, england, "Councillors are to be",
     "reassured that both the services provided directly by the council – and those commissioned via other "
     "providers – meet the diverse needs of the local population.",
     "", adass,
     "Report each decision taken on a delegated function back to the council within one reporting cycle",
     "Director of Adult Social Services", "within 6 months",
     "How would the council have heard of a decision it had delegated?"},
    {GapType::vacancy, scotland, "", "",
     "Councils should agree deputising arrangements for the chief social work officer",
     "Scottish Government (2016), The Role of the Chief Social Work Officer, paras 25–26",
     "Name a deputy for each statutory post, and tell members and staff who it is", "Chief executive",
     "within 1 month", "Who covers this post when it is empty, and does everyone who needs to know?"},
    {GapType::vacancy, england, "", "",
     "Every council with social services functions must appoint a Director of Adult Social Services",
     "Local Authority Social Services Act 1970, s6",
     "Name a deputy for each statutory post, and tell members and staff who it is", "Chief executive",
     "within 1 month", "Who covers this post when it is empty, and does everyone who needs to know?"},
    {GapType::confidentiality, scotland, "", "",
     "Misuse of confidential information is a breach of the code councillors sign",
     "Councillors' Code of Conduct (Scotland, 2021)",
     "Give members counts and trends, never case details, and check who receives each social work paper",
     "Chief Social Work Officer", "within 2 weeks",
     "How do members get what they need to scrutinise without anyone's case details?"},
    {GapType::confidentiality, england, "ADASS, to the DASS:",
     "You will usually have access to confidential or sensitive information that cannot be shared with "
     "elected officials or even the lead member.",
     "", adass,
     "Give members counts and trends, never case details, and check who receives each social care paper",
     "Director of Adult Social Services", "within 2 weeks",
     "How do members get what they need to scrutinise without anyone's case details?"},
    {GapType::harm_before_awareness, scotland, "Elected members should",
     "Assure themselves that service quality is maintained and that risks are managed effectively", "",
     audit_scotland,
     "Ask for the CSWO's assessment of the risk to people before a change to services is agreed, and a "
     "report "
     "when harm is first referred",
     "Lead member for social work", "within 3 months",
     "What would have told someone accountable of the risk before anyone was harmed?"},
    {GapType::harm_before_awareness, england, "ADASS, to the DASS:",
     "A transparent working practice with regular, clear communication is fundamental", "", adass,
     "Ask for the DASS's assessment of the risk to people before a change to services is agreed, and a "
     "report "
     "when harm is first referred",
     "Lead member for adult social care", "within 3 months",
     "What would have told someone accountable of the risk before anyone was harmed?"},
    {GapType::outside_delegation, scotland, "", "",
     "The council's scheme of delegation and standing orders say who decides what",
     "the council's scheme of delegation and standing orders",
     "Check the scheme of delegation names who takes this decision, and take it there", "Chief executive",
     "within 6 months", "Who should have taken this decision, under the scheme of delegation?"},
    {GapType::outside_delegation, england, "",
     "While officers give professional advice and may make significant decisions within the individual "
     "council’s agreed scheme of delegation, key decisions are ultimately made by the councillors.",
     "", adass,
     "Check the scheme of delegation names who takes this decision, and take key decisions to councillors",
     "Chief executive", "within 6 months",
     "Who should have taken this decision, under the scheme of delegation?"},
};

}  // namespace

std::span<const GapGuidance> all_gap_guidance() { return table; }

const GapGuidance& guidance_for(GapType type, Jurisdiction jurisdiction) {
  const GapGuidance* both = nullptr;
  for (const GapGuidance& g : table) {
    if (g.type != type) continue;
    if (g.jurisdiction == jurisdiction) return g;
    if (!g.jurisdiction) both = &g;
  }
  GOVSIM_ENFORCE(both != nullptr, "a gap type with no guidance for its jurisdiction");
  return *both;
}

std::string guidance_sentence(const GapGuidance& g) {
  std::string text;
  if (g.quotation.empty()) {
    text.append(g.paraphrase);
  } else {
    if (!g.lead.empty()) text.append(g.lead).append(" ");
    text.append("\u201c").append(g.quotation).append("\u201d");
  }
  text.append(" (").append(g.source).append(")");
  return text;
}

}  // namespace govsim
