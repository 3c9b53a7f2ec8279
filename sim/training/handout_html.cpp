#include <ostream>
#include <string>

#include "report/html_text.hpp"
#include "training/handout.hpp"

namespace govsim {
namespace {

std::string h(std::string_view text) { return html_text(text); }

// A handout is read on paper: at most two A4 pages, so small type in print, no
// row or list item split across a page and no heading left at a page's foot.
// Everything is inline: a handout is opened from a shared folder or an email,
// with no network and nothing to fetch.
constexpr const char* style = R"(
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:0 auto;padding:20px 28px;max-width:960px;color:#1b1b1b;line-height:1.4;overflow-wrap:break-word}
h1{font-size:24px;margin:0 0 4px;color:#16324f} p.meta{margin:0 0 8px;color:#444}
h2{font-size:18px;color:#16324f;border-bottom:2px solid #16324f;margin:18px 0 6px;padding-bottom:2px}
h3{font-size:15px;margin:10px 0 4px}
p{margin:4px 0} ul,ol{margin:4px 0;padding-left:22px} li{margin:2px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid #ddd}
th{background:#eef2f6}
table.facts th{width:11em;background:none;font-weight:bold}
.good{display:inline-block;padding:0 6px;border-radius:8px;background:#1a7a3c;color:#fff;font-size:12px;font-weight:bold}
.mark{color:#555;font-size:12px}
.unfinished{border-left:4px solid #b35806;padding-left:8px}
.guidance{color:#333}
.notes{white-space:pre-wrap;border:1px solid #ddd;padding:6px 8px}
@media (max-width:700px){
  body{padding:12px}
  table.plan,table.plan thead,table.plan tbody,table.plan tr,table.plan td{display:block;width:100%}
  table.plan tr.head{display:none}
  table.plan tr{border-bottom:2px solid #ddd;padding:4px 0}
  table.plan td{border:none;padding:1px 0}
  table.plan td[data-label]::before{content:attr(data-label) ": ";font-weight:bold;color:#555}
  table.facts th{width:auto}
}
@page{size:A4;margin:12mm}
@media print{
  body{padding:0;max-width:none;font-size:9.5px;line-height:1.3}
  h1{font-size:17px} h2{font-size:12.5px;margin:9px 0 3px} h3{font-size:10.5px;margin:5px 0 2px}
  h1,h2,h3{break-after:avoid;page-break-after:avoid}
  table{font-size:9.5px} th,td{padding:2px 4px}
  tr,li,p,.gap{break-inside:avoid;page-break-inside:avoid}
  .good,.mark{font-size:8.5px}
}
)";

std::string marks(const HandoutBranch& b) {
  std::string text;
  if (b.good_practice) text += " <span class=\"good\">good practice</span>";
  std::string also;
  if (b.advised) also = "advised";
  if (b.weighed) also += also.empty() ? "the decider's own choice" : ", the decider's own choice";
  if (!also.empty()) text += " <span class=\"mark\">(" + also + ")</span>";
  return text;
}

void fact(std::ostream& out, const char* name, const std::string& html) {
  out << "<tr><th scope=\"row\">" << name << "</th><td>" << html << "</td></tr>";
}

void decisions(const Handout& handout, std::ostream& out) {
  out << "<section id=\"decisions\"><h2>The room's decisions and what followed</h2>";
  if (handout.decisions.empty()) out << "<p>The room made no decisions in this session.</p>";
  for (std::size_t i = 0; i < handout.decisions.size(); ++i) {
    const HandoutDecision& d = handout.decisions[i];
    out << "<h3>" << i + 1 << ". " << h(d.question) << "</h3><table class=\"facts\">";
    fact(out, "Who decides", h(d.decider) + ", on " + h(d.day));
    fact(out, "On the decider's desk", h(d.desk));
    fact(out, "The room chose",
         "\u201c" + h(d.chosen) + "\u201d" +
             (d.chosen_good_practice ? " <span class=\"good\">good practice</span>" : ""));
    fact(out, "Own weighing", h(d.weighing));
    fact(out, "What followed", h(d.followed_words));
    out << "</table>";
  }
  out << "</section>\n";
}

void branches(const Handout& handout, std::ostream& out) {
  out << "<section id=\"branches\"><h2>The branches not taken</h2><p>Each other option played out on the "
         "same "
         "seed: the same people, the same chances.</p>";
  for (std::size_t i = 0; i < handout.decisions.size(); ++i) {
    const HandoutDecision& d = handout.decisions[i];
    if (handout.decisions.size() > 1) out << "<h3>" << i + 1 << ". " << h(d.question) << "</h3>";
    out << "<ul>";
    for (const HandoutBranch& b : d.not_taken) out << "<li>" << h(b.difference) << marks(b) << "</li>";
    out << "</ul>";
  }
  out << "</section>\n";
}

void gaps(const Handout& handout, std::ostream& out) {
  out << "<section id=\"gaps\"><h2>The top accountability gaps</h2><p>" << h(gaps_sentence(handout))
      << "</p>";
  for (std::size_t i = 0; i < handout.top_gaps.size(); ++i) {
    const HandoutGap& g = handout.top_gaps[i];
    out << "<div class=\"gap\"><h3>" << i + 1 << ". " << h(g.heading) << " (" << h(g.when) << ")</h3><p>"
        << h(g.what_happened)
        << (g.occurrences > 1 ? " It happened " + std::to_string(g.occurrences) + " times in the run." : "")
        << "</p><p><b>The rule:</b> " << h(g.rule) << "</p><p class=\"guidance\"><b>The guidance:</b> "
        << h(g.guidance) << "</p></div>";
  }
  out << "</section>\n";
}

void plan(const Handout& handout, std::ostream& out) {
  out << "<section id=\"plan\"><h2>Improvement plan</h2><table class=\"plan\"><thead><tr "
         "class=\"head\"><th>Issue</th><th>Recommendation</th><th>Owner</th><th>By "
         "when</th></tr></thead><tbody>";
  for (const ImprovementItem& item : handout.plan)
    out << "<tr><td data-label=\"Issue\">" << h(item.issue) << "</td><td data-label=\"Recommendation\">"
        << h(item.recommendation) << "</td><td data-label=\"Owner\">" << h(item.owner)
        << "</td><td data-label=\"By when\">" << h(item.by_when) << "</td></tr>";
  if (handout.plan.empty())
    out << "<tr><td>No accountability gap opened</td><td>Keep the arrangement under "
           "review</td><td></td><td></td></tr>";
  out << "</tbody></table></section>\n";
}

}  // namespace

void write_handout_html(const Handout& handout, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>Training debrief: "
      << h(handout.title) << "</title><style>" << style << "</style></head>\n<body>\n";
  out << "<header><h1>Training debrief: " << h(handout.title) << "</h1><p class=\"meta\"><b>Scenario:</b> "
      << h(handout.scenario) << ". <b>Arrangement:</b> " << h(handout.arrangement) << ". <b>Seed:</b> "
      << h(handout.seed) << ". <b>Session:</b> " << h(handout.date) << ".</p>";
  if (!handout.finished) out << "<p class=\"unfinished\">" << h(handout.unfinished) << "</p>";
  out << "<p><b>In the room's run:</b> " << h(handout.room_run_words) << "</p></header>\n";
  decisions(handout, out);
  branches(handout, out);
  gaps(handout, out);
  out << "<section id=\"discussion\"><h2>Questions for discussion</h2><ol>";
  for (const std::string& q : handout.discussion) out << "<li>" << h(q) << "</li>";
  out << "</ol></section>\n";
  plan(handout, out);
  if (!handout.notes.empty())
    out << "<section id=\"notes\"><h2>Facilitator's notes</h2><p class=\"notes\">" << h(handout.notes)
        << "</p></section>\n";
  out << "</body></html>\n";
}

}  // namespace govsim
