#pragma once

#include <stdexcept>
#include <string>

namespace govsim {

/// A broken precondition: a bug in the caller, never bad user input (that is an
/// InputError). Thrown rather than aborted so that tests can check the contract.
class ContractViolation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace govsim

#define GOVSIM_ENFORCE(condition, message)                                                              \
  do {                                                                                                  \
    if (!(condition))                                                                                   \
      throw ::govsim::ContractViolation(std::string(__FILE__) + ":" + std::to_string(__LINE__) + ": " + \
                                        (message));                                                     \
  } while (false)
