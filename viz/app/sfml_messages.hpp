#pragma once

namespace govsim::view {

/// SFML writes its own diagnostics to sf::err() (stderr), some of them harmless
/// under Xvfb ("Setting vertical sync not supported") and in the way of
/// `--json` output. This sends them to the debug log instead; the view reports
/// every failure that matters itself, in one line saying what to do.
void route_sfml_messages_to_log();

}  // namespace govsim::view
