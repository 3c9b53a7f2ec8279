#pragma once

#include <cstdint>
#include <vector>

#include "behaviour/item.hpp"

namespace govsim {

class GovernanceRun;

/// Elected members: complaints, their questions to the statutory officer,
/// calling in scrutiny, and the political salience of each matter that draws in
/// the leader and the chief executive. Owns salience and who called what in.
class Members {
 public:
  explicit Members(GovernanceRun& run);

  /// An elected member takes an item from its inbox. Members are told, and act
  /// through questions, complaints and call-in; they do not manage concerns up a
  /// line (councillors' code of conduct).
  void handle(AgentVertex member, std::uint32_t id);
  /// Harm members come to know of, complaints they receive and regulator
  /// findings make a matter more salient (ADASS guidance: "the level of political
  /// interest in a matter, or the emergence of a reputational risk"); past a
  /// threshold it draws in the leadership.
  void add_salience(Symbol subject, double amount, AgentVertex by);
  double salience(Symbol subject) const;

 private:
  struct Matter {
    Symbol subject;
    double salience = 0.0;
    std::uint32_t harms_known = 0;  ///< the most harm any member knows of
    bool scrutiny_called = false;
    bool leadership_drawn_in = false;
  };
  struct Asked {
    AgentVertex member;
    Symbol subject;
    std::uint32_t harms;
  };
  Matter& matter(Symbol subject);
  void question_officer(AgentVertex member, const Item& item);
  void consider_call_in(AgentVertex member, const Item& item);

  GovernanceRun& run_;
  std::vector<Matter> matters_;
  std::vector<Asked> asked_;
};

}  // namespace govsim
