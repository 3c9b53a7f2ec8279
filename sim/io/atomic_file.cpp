#include "io/atomic_file.hpp"

#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "io/input_error.hpp"

namespace govsim {

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  const fs::path temporary = target.string() + ".tmp-" + std::to_string(static_cast<long>(::getpid()));
  auto fail = [&](const std::string& why) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw InputError({target.string()},
                     "cannot write output file: " + why + " (check the folder exists and is writable)");
  };
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) fail(std::strerror(errno));
    try {
      write(out);
    } catch (...) {
      out.close();
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw;
    }
    out.flush();
    if (!out) fail("write failed");
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) fail(error.message());
}

}  // namespace govsim
