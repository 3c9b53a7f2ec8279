#pragma once

#include <SFML/Graphics/Color.hpp>
#include <array>

#include "model/link_type.hpp"
#include "scene/scene.hpp"

namespace govsim::view::theme {

// The projector theme: a light background (projectors wash out dark ones), near-black
// type, and the Okabe–Ito palette, which stays distinct for the common forms of
// colour blindness. Meaning never rests on colour alone: awareness also changes the
// ring, gaps carry shapes and letters, link types have dash patterns.
inline const sf::Color background{251, 251, 248};
inline const sf::Color area_fill{243, 243, 238};
inline const sf::Color band_fill{236, 236, 230};
inline const sf::Color text{20, 20, 20};
inline const sf::Color muted_text{90, 90, 90};
inline const sf::Color frame_outline{120, 120, 112};
inline const sf::Color frame_fill{225, 225, 215, 140};

inline const sf::Color aware{230, 159, 0};  // Okabe–Ito orange
inline const sf::Color unaware{255, 255, 255};
// No subject chosen: agents in plain white, as on paper. Grey would say "you
// cannot tell" (seeing as someone) of every agent at once.
inline const sf::Color no_subject{255, 255, 255};
inline const sf::Color hidden{170, 170, 170};
inline const sf::Color ring{40, 40, 40};
inline const sf::Color path_glow{86, 180, 233};       // sky blue
inline const sf::Color viewer_ring{0, 158, 115};      // bluish green
inline const sf::Color item{0, 114, 178};             // blue
inline const sf::Color personal_item{204, 121, 167};  // reddish purple
inline const sf::Color badge{213, 94, 0};             // vermillion
inline const sf::Color badge_text{255, 255, 255};
inline const sf::Color decision_fill{255, 244, 200};  // a pale card, for what a decider chose

// The national picture: each council's header in one class of a sequential
// scale, ColorBrewer "Purples" (Brewer and Harrower), light to dark. One hue
// whose lightness alone orders the classes reads in order for every kind of
// colour vision and in greyscale, and stays clear of the orange, blues and
// vermillion that carry awareness, paths, items and gaps. Five of its six
// classes: the palest is too near the area fill to see. Grey is "nothing to
// measure yet"; the value is also written in the header, so colour never
// carries it alone.
inline const std::array<sf::Color, 5> outcome_ramp{{
    {218, 218, 235},
    {188, 189, 220},
    {158, 154, 200},
    {117, 107, 177},
    {84, 39, 143},
}};
inline const sf::Color outcome_none{196, 196, 192};

sf::Color fill_for(Knowing knowing);
/// The header colour of an area in the national picture: its class (0 lightest), or grey for -1.
sf::Color outcome_fill(int band);
/// Type that reads on that colour: white on the two darkest classes.
sf::Color outcome_text(int band);

/// How a link type is drawn: colour, width in pixels at zoom 1, dash pattern
/// (dash and gap in pixels; 0 gap is solid), and whether it is minor (drawn
/// only when zoomed in enough to read).
struct LinkStyle {
  sf::Color colour;
  float width = 2.0F;
  float dash = 0.0F;
  float gap = 0.0F;
  bool minor = false;
  const char* meaning = "";
};
const LinkStyle& style_of(LinkType type);

}  // namespace govsim::view::theme
