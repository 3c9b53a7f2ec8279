#include "analysis/event_words.hpp"

#include <cmath>
#include <sstream>

#include "analysis/day_label.hpp"
#include "model/item_type.hpp"

namespace govsim {

std::string item_words(std::string_view type) {
  const auto item = parse_item_type(type);
  if (!item) return type.empty() ? std::string("an item") : "a " + humanise(type);
  switch (*item) {
    case ItemType::concern:
      return "a concern";
    case ItemType::advice:
      return "advice";
    case ItemType::report:
      return "a report";
    case ItemType::question:
      return "a question";
    case ItemType::decision:
      return "notice of a decision";
    case ItemType::direction:
      return "a direction";
    case ItemType::complaint:
      return "a complaint";
    case ItemType::information_request:
      return "a request for information";
    case ItemType::harm_notice:
      return "notice that someone was harmed";
    case ItemType::decision_request:
      return "a request for a decision";
  }
  return "an item";
}

std::string event_words(const EventLog& log, const LogRecord& r, const PlainWords& words) {
  const auto text = [&](Symbol s) { return std::string(log.text(s)); };
  const std::string matter = r.subject == no_symbol ? std::string("it") : words.subject(text(r.subject));
  const std::string other = r.other == no_symbol ? std::string("outside") : words.agent(text(r.other));
  const std::string item = item_words(text(r.what));
  const std::string note = text(r.note);
  std::ostringstream value;
  value << r.value;
  switch (r.kind) {
    case LogKind::run_started:
      return "the run began";
    case LogKind::run_ended:
      return "the run ended";
    case LogKind::item_raised:
      return "raised " + item + " about " + matter + " with " + other;
    case LogKind::item_sent:
      return "sent " + item + " about " + matter + " to " + other;
    case LogKind::item_received:
      return "received " + item + " about " + matter + " from " + other;
    case LogKind::item_escalated:
      return "escalated " + matter + " to " + other;
    case LogKind::item_resolved:
      return "dealt with " + item + " about " + matter + (note.empty() ? "" : ": " + note);
    case LogKind::inject:
      return note.empty() ? "something happened to " + matter : note;
    case LogKind::condition_changed:
      return words.condition(text(r.subject)) + " became " + words.condition_value(text(r.subject), r.value) +
             (r.other == no_symbol ? "" : ", as directed by " + other);
    case LogKind::became_aware:
      return "learned of " + matter;
    case LogKind::item_lost:
      return item + " about " + matter + " to " + other + " was lost on the way";
    case LogKind::item_blocked:
      return "could not pass on " + item + " about " + matter + (note.empty() ? "" : ": " + note);
    case LogKind::item_held:
      return "held " + item + " about " + matter;
    case LogKind::advice_given:
      return "advised " + other + " on " + matter + (note.empty() ? "" : ": " + note) +
             ((r.flags & log_flag::recorded) ? ", on the record" : ", off the record");
    case LogKind::decision_requested:
      return "was asked to decide on " + matter;
    case LogKind::decision_taken:
      return "decided on " + matter + ": \u201c" + words.option(text(r.subject), note) + "\u201d";
    case LogKind::advice_overruled:
      return "overruled the recorded advice on " + matter +
             ((r.flags & log_flag::recorded) ? ", minuting its reasons" : ", without minuting its reasons");
    case LogKind::direction_implemented:
      return "carried out the direction on " + matter + " from " + other;
    case LogKind::meeting_held:
      return "met";
    case LogKind::report_noted:
      return "noted a report on " + matter + " from " + other + " without a question";
    case LogKind::question_asked:
      return "asked " + other + " about " + matter;
    case LogKind::harm:
      return people(r.value) + " came to harm (" + matter + ")";
    case LogKind::confidentiality_blocked:
      return "personal details of " + matter + " were kept from " + other + "; an aggregate went instead";
    case LogKind::personal_disclosed:
      return "received personal information about " + matter + " (a breach)";
    case LogKind::scrutiny_blocked:
      return "received nothing on " + matter + ": the information was personal";
    case LogKind::drawn_in:
      return "was drawn in by the reputational risk of " + matter;
    case LogKind::action_required:
      return "required " + other + " to act on " + matter + " by " + day_label(r.value);
    case LogKind::action_closed:
      return "closed the action on " + matter;
    case LogKind::post_vacated:
      return "the post fell vacant";
    case LogKind::option_weighed:
      return "weighed \u201c" + words.option(text(r.subject), note) + "\u201d on " + matter;
    case LogKind::response_taken:
      return "took action on " + matter + ": " + words.response(note);
    case LogKind::item_released:
      return "released a concern about " + matter + " it had held";
    case LogKind::need_unmet:
      return value.str() + " people left without the care they need" +
             (note.empty() ? "" : " (" + note + ")");
    case LogKind::budget_changed: {
      std::ostringstream share;
      share << std::round(r.value * 100);
      return "budget pressure now " + share.str() + "% over budget";
    }
    case LogKind::staffing_changed: {
      std::ostringstream share;
      share << std::round(r.value * 100);
      return "staff now " + share.str() + "% of their full number";
    }
    case LogKind::harm_expected:
      return value.str() + " people expected to come to harm from today's gaps in care";
  }
  return "something happened";
}

}  // namespace govsim
