#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/imgui_sfml.hpp"
#include "app/view_session.hpp"
#include "app/view_source.hpp"
#include "render/fonts.hpp"
#include "scene/timeline_marks.hpp"
#include "training/training_session.hpp"
#include "training/what_if.hpp"

namespace govsim::view {

/// How a training session is shown and where it is kept.
struct Presentation {
  float text_scale = 1.0F;          ///< --text-scale, on top of the screen's own scale
  std::optional<double> countdown;  ///< seconds the room has to choose; none: no clock
  std::string session_path;         ///< the session record, saved after every choice
  std::string handout_path;         ///< written when the session ends; empty: none
  double days_per_second = 2.0;     ///< how fast the run plays between decisions
};

/// The projected view of a training session: plays the run up to each decision
/// point, puts the question to the room on a prompt card, continues from the
/// room's choice, sets the choice beside the other options (what if), and at
/// the end writes the session record and the handout. It decides nothing about
/// the run: each choice goes to the TrainingSession, which reruns it, and what is
/// shown is that run's log.
class TrainingView {
 public:
  enum class Stage {
    watching,  ///< playing towards the next decision (or the end)
    asking,    ///< paused at a decision: the prompt card is up
    what_if,   ///< a choice made: its outcome beside the others
    ended      ///< no decision left and the run played out
  };

  TrainingView(TrainingSession& session, const Fonts& fonts, Presentation presentation);

  Stage stage() const { return stage_; }
  TrainingSession& session() { return session_; }
  const Presentation& presentation() const { return presentation_; }
  ViewSession& view() { return *view_; }
  const std::vector<Branch>& branches() const { return branches_; }
  /// The branch set beside the room's, index into branches().
  std::optional<std::size_t> contrast() const { return contrast_; }
  bool side_by_side = false;       ///< the what-if branches drawn in sync, side by side
  bool facilitator_shown = false;  ///< the facilitator's panel (hide it before projecting)

  /// Sizes everything for a window (or image) of this size; the type scales with it.
  void set_window_size(sf::Vector2u size);
  /// Moves the clock on by `seconds` of real time, stopping at the next decision.
  void update(double seconds);
  /// Keys: 1-9 choose, Space/Enter continue, S side by side, N facilitator's
  /// panel, P side panel, and the view's own keys between decisions.
  void handle(const sf::Event& event, const ImGuiSfml& gui);
  /// The room's answer at the decision now asked (an index into its options).
  void choose(int option);
  /// Out of the what-if comparison, playing on.
  void carry_on();
  /// Skips to the moment the room is next asked (or the end), for screenshots.
  void skip_to_decision();
  void draw_frame(sf::RenderTarget& target, ImGuiSfml& gui, float seconds, float pulse);
  /// Where the card last drew option `option`'s button (window pixels), if it did.
  std::optional<sf::FloatRect> option_area(int option) const;
  /// Seconds left on the countdown at the card, when one was asked for.
  std::optional<double> countdown_left() const { return countdown_left_; }

  /// Panel type size for this window: 19 px (the view's) up to 1080 lines,
  /// growing with the screen's height beyond, times --text-scale. Larger by
  /// default made names overflow their columns and run into each other.
  static float type_scale(sf::Vector2u window, float text_scale);

 private:
  void show_current_run(double day);
  /// Room kept clear of the network: the running count in a column beside it
  /// (above each half, side by side), the timeline strip below.
  float count_height() const { return 6.0F * 1.35F * 19.0F * scale_ + 16.0F * scale_; }
  float timeline_height() const { return 30.0F * scale_; }
  float count_width() const { return 300.0F * scale_; }
  /// Puts the next card in the middle of the network's stage (between the side
  /// panel and the count, above the bar).
  void centre_next_card() const;
  void save_record();
  void finish();
  void draw_counts(const Scene& scene);
  void draw_timeline(const Scene& scene);
  void draw_prompt_card();
  void draw_what_if_card();
  void draw_end_card();
  void draw_facilitator_panel();
  void draw_side_by_side(sf::RenderTarget& target, float pulse);

  TrainingSession& session_;
  const Fonts& fonts_;
  Presentation presentation_;
  Stage stage_ = Stage::watching;
  sf::Vector2u window_{1280, 720};
  float scale_ = 1.0F;
  std::unique_ptr<LoadedRun> shown_;
  std::unique_ptr<ViewSession> view_;
  std::vector<TimelineMark> marks_;  ///< of the run shown
  std::vector<Branch> branches_;
  std::optional<std::size_t> contrast_;
  std::unique_ptr<LoadedRun> contrast_run_;
  std::unique_ptr<ViewSession> contrast_view_;
  std::optional<double> countdown_left_;
  std::vector<char> notes_;                  ///< the facilitator's notes, as ImGui edits them
  std::vector<sf::FloatRect> option_areas_;  ///< the card's buttons, as last drawn
  std::optional<int> clicked_;               ///< an option clicked on the card, taken after the frame
  bool written_ = false;
};

/// The projected window, full screen unless `size` is given. Returns when the
/// trainer closes it (the record is saved as it goes).
void run_training_window(TrainingSession& session, const Presentation& presentation,
                         std::optional<sf::Vector2u> size);

/// One moment of a session drawn off screen: the card or comparison it is at.
sf::Image render_training(TrainingView& view, sf::Vector2u size);

}  // namespace govsim::view
