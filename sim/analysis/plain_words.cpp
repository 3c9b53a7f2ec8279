#include "analysis/plain_words.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

#include "check/sources.hpp"

namespace govsim {

std::string humanise(std::string_view id) {
  std::string words;
  for (char c : id) words.push_back(c == '_' || c == '-' ? ' ' : c);
  // A trailing '?' or '.' in an id is punctuation of the sentence it came from.
  while (!words.empty() && (words.back() == '?' || words.back() == '.' || words.back() == ' '))
    words.pop_back();
  return words;
}

std::string capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string people(double count) {
  std::ostringstream text;
  text << count << (count == 1 ? " person" : " people");
  return text.str();
}

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string channel_phrase(std::string_view channel) {
  struct Phrase {
    std::string_view channel, words;
  };
  static constexpr Phrase phrases[] = {
      {"line_manages", "to the line manager"},
      {"accountable_to", "to the forum it answers to"},
      {"accountability", "an account to a forum"},
      {"advises", "professional advice"},
      {"advice", "professional advice"},
      {"advice_request", "a request for advice"},
      {"reports_to", "a report"},
      {"has_access_to", "direct access"},
      {"directs", "a direction"},
      {"delegates", "a delegated matter"},
      {"escalates_to", "the escalation protocol"},
      {"referral", "a referral"},
      {"reply", "a reply"},
      {"inject", "from outside"},
      {"agenda", "on the agenda"},
      {"call_in", "a call-in"},
      {"inspection", "an inspection"},
      {"risk", "a risk report"},
      {"reputational_risk", "a reputational risk"},
      {"cost", "a cost pressure"},
      {"performance", "a performance report"},
      {"score", "a performance score"},
  };
  for (const Phrase& p : phrases)
    if (p.channel == channel) return std::string(p.words);
  return humanise(channel);
}

std::string_view gap_heading(GapType type) {
  switch (type) {
    case GapType::no_owner:
      return "A function nobody, or several, own";
    case GapType::no_forum:
      return "A decider no forum can question";
    case GapType::silent:
      return "A matter no forum heard of";
    case GapType::rubber_stamp:
      return "Noted without question";
    case GapType::no_consequence:
      return "A required action left open";
    case GapType::advice_bypass:
      return "Professional advice missing, or overruled without reasons";
    case GapType::blocked_escalation:
      return "A concern that got stuck";
    case GapType::self_accountability:
      return "Answering to oneself";
    case GapType::many_hands:
      return "Harm from many hands, answered for by none";
    case GapType::delegation_blind_spot:
      return "A delegated decision the council never heard of";
    case GapType::vacancy:
      return "A statutory post left uncovered";
    case GapType::confidentiality:
      return "Personal information in the wrong place";
    case GapType::harm_before_awareness:
      return "Harm before anyone accountable knew";
    case GapType::outside_delegation:
      return "A decision taken outside the scheme of delegation";
  }
  return "An accountability gap";
}

PlainWords::PlainWords(const Arrangement& arrangement, const Scenario& scenario)
    : arrangement_(arrangement), scenario_(scenario) {}

std::string PlainWords::agent(std::string_view id) const {
  // An agent given no name is known by its id, which a reader gets as words.
  if (const auto v = arrangement_.find(id))
    return arrangement_.agent(*v).name == id ? humanise(id) : arrangement_.agent(*v).name;
  if (id.starts_with('@')) {
    if (const auto v = arrangement_.resolve(id)) return arrangement_.agent(*v).name;
  }
  return humanise(id);
}

std::string PlainWords::agents(const std::vector<std::string>& ids) const {
  std::vector<std::string> names;
  for (const std::string& id : ids)
    if (!id.empty()) names.push_back(agent(id));
  return listed(names);
}

bool PlainWords::is_elected_member(std::string_view id) const {
  const auto v = arrangement_.find(id);
  return v && arrangement_.agent(*v).kind == AgentKind::person && arrangement_.agent(*v).is_elected_member();
}

std::string PlainWords::subject(std::string_view id) const {
  if (const auto title = scenario_.subject_titles.find(std::string(id));
      title != scenario_.subject_titles.end())
    return title->second;
  return humanise(id);
}

std::string PlainWords::condition(std::string_view name) const {
  if (const auto title = scenario_.condition_titles.find(std::string(name));
      title != scenario_.condition_titles.end())
    return title->second;
  return humanise(name);
}

std::string PlainWords::condition_value(std::string_view name, double value) const {
  for (const Cohort& cohort : scenario_.cohorts) {
    if (cohort.eligibility_condition == name) {
      const int band = static_cast<int>(std::lround(value));
      if (band >= 1 && band <= 4) return need_band_names[band - 1];
    }
    if (cohort.unmet_share_condition == name) {
      std::ostringstream percent;
      const double p = value * 100.0;
      percent << (p >= 10.0 ? std::round(p) : std::round(p * 10.0) / 10.0) << "%";
      return percent.str();
    }
  }
  std::ostringstream number;
  number << value;
  return number.str();
}

std::string PlainWords::option(std::string_view subject, std::string_view option) const {
  for (const DecisionPoint& point : scenario_.decision_points) {
    if (point.subject != subject && point.id != subject) continue;
    for (const DecisionOption& o : point.options)
      if (o.id == option && !o.label.empty()) return o.label;
  }
  return humanise(option);
}

std::string PlainWords::decision_type(std::string_view decision) const { return humanise(decision); }

std::string PlainWords::response(std::string_view id) const {
  for (const Response& r : scenario_.responses)
    if (r.id == id && !r.label.empty()) return r.label;
  return humanise(id);
}

std::string PlainWords::role(std::string_view id) const {
  if (const auto r = parse_role(id)) return std::string(role_words(*r));
  return humanise(id);
}

std::string PlainWords::reworded(std::string_view sentence) const {
  std::string text(sentence);
  for (const char* source : source::all)
    for (const std::string& cited : {std::string(" (") + source + ")", std::string(source)}) {
      for (auto at = text.find(cited); at != std::string::npos; at = text.find(cited))
        text.erase(at, cited.size());
    }
  auto is_id_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  };
  // One id in words; `in_phrase`: a link type reads as its verb ("may go directly to").
  auto word_of = [&](const std::string& word, bool in_phrase) -> std::string {
    if (word.starts_with('@'))
      return parse_role(word.substr(1)) ? std::string(role_words(*parse_role(word.substr(1))))
                                        : humanise(word.substr(1));
    if (arrangement_.find(word)) return agent(word);
    if (const auto link = parse_link_type(word))
      return in_phrase ? std::string(link_phrase(*link)) : humanise(word);
    if (const auto role = parse_role(word)) return std::string(role_words(*role));
    if (const auto gap = parse_gap_type(word)) return std::string(gap_heading(*gap));
    if (scenario_.condition_index(word)) return condition(word);
    std::string words = subject(word);  // a subject, a decision type: its title or its words
    if (std::all_of(word.begin(), word.end(),
                    [](char c) { return !std::islower(static_cast<unsigned char>(c)); }))
      for (char& c : words) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return words;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\'' && i + 1 < text.size() && (is_id_char(text[i + 1]) || text[i + 1] == '@')) {
      const auto close = text.find('\'', i + 1);
      const std::string quoted = close == std::string::npos ? "" : text.substr(i + 1, close - i - 1);
      if (!quoted.empty() && quoted.size() <= 120) {
        if (quoted.find(' ') == std::string::npos) {  // 'id': the thing it names
          out += word_of(quoted, false);
        } else {  // 'a has_access_to b': a line of the file, read as a sentence
          std::istringstream tokens(quoted);
          std::string token, phrase;
          bool link = false;
          while (tokens >> token) {
            link = link || parse_link_type(token).has_value();
            phrase += (phrase.empty() ? "" : " ") + word_of(token, true);
          }
          // A link to add reads as what it lets people do, not as a line to type
          // (the file's own line is in `govsim check`).
          out += link ? "a link by which " + phrase : "\u2018" + phrase + "\u2019";
        }
        i = close + 1;
        continue;
      }
    }
    if (!is_id_char(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_id_char(text[end])) ++end;
    const std::string word = text.substr(i, end - i);
    out += word.find('_') != std::string::npos ? word_of(word, false) : word;
    i = end;
  }
  return out;
}

}  // namespace govsim
