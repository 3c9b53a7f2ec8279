#pragma once

#include <cstdint>
#include <vector>

#include "behaviour/governance_model.hpp"
#include "behaviour/item.hpp"
#include "behaviour/log_writer.hpp"
#include "engine/random_stream.hpp"

namespace govsim {

class GovernanceRun;

/// What one agent knows of one matter: since when, and the counts it has heard
/// (harms, complaints, findings), who has questioned it on the matter (each
/// forum, member or adviser once: pressure from several quarters, not one voice
/// repeated), whether a forum has required it to act, and whether it has acted.
struct Knowledge {
  Symbol subject = no_symbol;
  double since = 0.0;
  std::uint32_t harms = 0, complaints = 0, findings = 0;
  std::uint32_t assessed = 0;  ///< harm the statutory officer's risk assessment expects
  std::vector<AgentVertex> askers;
  bool required = false;
  bool acted = false;
};

/// Correspondence: items, how they travel (links, latency, reliability, a
/// deputy for a vacant post, the confidentiality filter), inboxes, and what each
/// agent knows. Owns the items and every agent's knowledge.
class Correspondence {
 public:
  explicit Correspondence(GovernanceRun& run);

  /// Stores a new item, stamped with the time; ids start at 1 (0 means none).
  std::uint32_t create(const Item& item);
  Item& item(std::uint32_t id) { return items_[id - 1]; }

  /// Over a link of the network, with its latency, reliability and record.
  void send_over(AgentVertex from, const GovernanceModel::Route& route, std::uint32_t id);
  /// Over the direct link between the two if there is one, else by `fallback`
  /// (an email nobody minutes, a referral form), arriving at once.
  void send_direct(AgentVertex from, AgentVertex to, std::uint32_t id, Channel fallback, bool recorded);
  /// By a named channel that is not a link, arriving at once and never lost.
  void send_by(AgentVertex from, AgentVertex to, std::uint32_t id, Channel channel, bool recorded);

  /// Whoever receives what is sent to `post`: the post holder, its deputy when
  /// the post is vacant, or nobody.
  AgentVertex cover_for(AgentVertex post) const;
  /// The post whose plan an agent follows for an item: the vacant post it
  /// deputises for, or its own.
  AgentVertex acting_as(AgentVertex at, const Item& item) const;
  bool vacant(AgentVertex post) const { return vacant_[post]; }
  void vacate(AgentVertex post) { vacant_[post] = true; }

  /// An item arrives: a body puts it on its agenda; a person handles it after
  /// its response time, slower when its staffing is short, and no sooner than
  /// its capacity allows.
  void receive(AgentVertex at, std::uint32_t id);

  /// `at` takes in `item`: aware of its subject from now (logged the first
  /// time), and its counts updated — a harm notice adds one case, anything
  /// else carries the sender's totals.
  void learn(AgentVertex at, const Item& item);
  /// What `at` knows of `subject`, or null.
  const Knowledge* knowledge(AgentVertex at, Symbol subject) const;
  Knowledge& knowledge_of(AgentVertex at, Symbol subject);
  const std::vector<Knowledge>& known(AgentVertex at) const { return known_[at]; }
  /// Fills an item's counts from what `at` knows of its subject (an aggregate);
  /// the statutory officer adds its assessment of the harm to come (Improvement Service briefing (2017):
  /// advice "on the basis of risk").
  void carry_knowledge(AgentVertex at, Item& item) const;

 private:
  void send(AgentVertex from, AgentVertex to, std::uint32_t id, Symbol via, bool recorded, double reliability,
            const Distribution* latency, RandomStream& random, std::vector<std::pair<Symbol, std::uint32_t>>& counts);
  /// How many times `subject` has been counted before (and counts this one).
  static std::uint64_t count(std::vector<std::pair<Symbol, std::uint32_t>>& counts, Symbol subject);

  GovernanceRun& run_;
  std::vector<Item> items_;
  std::vector<double> next_free_;
  std::vector<char> vacant_;
  std::vector<std::vector<Knowledge>> known_;
  std::vector<RandomStream> link_random_;
  std::vector<std::vector<std::pair<Symbol, std::uint32_t>>> link_counts_, receive_counts_;
  std::vector<std::pair<Symbol, std::uint32_t>> outside_counts_;
  RandomStream outside_random_;
};

}  // namespace govsim
