#pragma once

namespace govsim::view {

/// SFML writes its own diagnostics to sf::err() (stderr). This sends them to the
/// log as warnings ("govsim: warning: SFML: ..."), except the one that Xvfb
/// always causes ("Setting vertical sync not supported"), which would otherwise
/// land in the middle of `--json` output.
void route_sfml_messages_to_log();

}  // namespace govsim::view
