#include "app/sfml_messages.hpp"

#include <spdlog/spdlog.h>
#include <SFML/System/Err.hpp>
#include <streambuf>
#include <string>

namespace govsim::view {
namespace {

class LineToLog : public std::streambuf {
 protected:
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    if (c == '\n') {
      // Xvfb has no vertical sync to switch: harmless, and it would land in --json output.
      if (line_.find("vertical sync") != std::string::npos)
        spdlog::debug("SFML: {}", line_);
      else if (!line_.empty())
        spdlog::warn("SFML: {}", line_);
      line_.clear();
    } else {
      line_.push_back(static_cast<char>(c));
    }
    return c;
  }

 private:
  std::string line_;
};

}  // namespace

void route_sfml_messages_to_log() {
  static LineToLog buffer;
  sf::err().rdbuf(&buffer);
}

}  // namespace govsim::view
