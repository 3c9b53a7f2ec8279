#include <ostream>
#include <string>

#include "training/handout.hpp"

namespace govsim {
namespace {

// A table cell: a '|' would end it, a line break would end the row.
std::string cell(std::string text) {
  for (auto at = text.find('|'); at != std::string::npos; at = text.find('|', at + 2))
    text.replace(at, 1, "\\|");
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

std::string marks(bool good_practice, bool advised, bool weighed) {
  std::string text;
  auto add = [&](const char* mark) {
    text += text.empty() ? std::string(" (") + mark : std::string(", ") + mark;
  };
  if (good_practice) add("**good practice**");
  if (advised) add("advised");
  if (weighed) add("the decider's own choice");
  return text.empty() ? text : text + ")";
}

}  // namespace

void write_handout_markdown(const Handout& h, std::ostream& out) {
  out << "# Training debrief: " << h.title << "\n\n"
      << "**Scenario:** " << h.scenario << ". **Arrangement:** " << h.arrangement << ". **Seed:** " << h.seed
      << ". **Session:** " << h.date << ".\n\n";
  if (!h.finished) out << "*" << h.unfinished << "*\n\n";
  out << "**In the room's run:** " << h.room_run_words << "\n";

  out << "\n## The room's decisions and what followed\n";
  if (h.decisions.empty()) out << "\nThe room made no decisions in this session.\n";
  for (std::size_t i = 0; i < h.decisions.size(); ++i) {
    const HandoutDecision& d = h.decisions[i];
    out << "\n### " << i + 1 << ". " << d.question << "\n\n"
        << "- **Who decides:** " << d.decider << ", on " << d.day << ".\n"
        << "- **On the decider's desk:** " << d.desk << "\n"
        << "- **The room chose:** \u201c" << d.chosen << "\u201d"
        << (d.chosen_good_practice ? " (**good practice**)" : "") << ".\n"
        << "- **The decider's own weighing:** " << d.weighing << "\n"
        << "- **What followed:** " << d.followed_words << "\n";
  }

  out << "\n## The branches not taken\n\nEach other option played out on the same seed: the same people, the "
         "same chances.\n";
  for (std::size_t i = 0; i < h.decisions.size(); ++i) {
    const HandoutDecision& d = h.decisions[i];
    if (h.decisions.size() > 1) out << "\n" << i + 1 << ". " << d.question << "\n";
    out << "\n";
    for (const HandoutBranch& b : d.not_taken)
      out << "- " << b.difference << marks(b.good_practice, b.advised, b.weighed) << "\n";
  }

  out << "\n## The top accountability gaps\n\n" << gaps_sentence(h) << "\n";
  for (std::size_t i = 0; i < h.top_gaps.size(); ++i) {
    const HandoutGap& g = h.top_gaps[i];
    out << "\n### " << i + 1 << ". " << g.heading << " (" << g.when << ")\n\n"
        << g.what_happened
        << (g.occurrences > 1 ? " It happened " + std::to_string(g.occurrences) + " times in the run." : "")
        << "\n\n- **The rule:** " << g.rule << "\n- **The guidance:** " << g.guidance << "\n";
  }

  out << "\n## Questions for discussion\n\n";
  for (std::size_t i = 0; i < h.discussion.size(); ++i) out << i + 1 << ". " << h.discussion[i] << "\n";

  out << "\n## Improvement plan\n\n| Issue | Recommendation | Owner | By when |\n|---|---|---|---|\n";
  for (const ImprovementItem& item : h.plan)
    out << "| " << cell(item.issue) << " | " << cell(item.recommendation) << " | " << cell(item.owner)
        << " | " << cell(item.by_when) << " |\n";
  if (h.plan.empty()) out << "| No accountability gap opened | Keep the arrangement under review | | |\n";

  if (!h.notes.empty()) out << "\n## Facilitator's notes\n\n" << h.notes << "\n";
}

}  // namespace govsim
