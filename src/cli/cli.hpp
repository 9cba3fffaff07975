// goalsmith — the command-line tool, written once and shared by the `goalsmith` executable and
// the Python package's console script (goalsmith._core.run_cli).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace goalsmith::cli {

/// Exit statuses of run().
enum ExitStatus : int {
  exit_ok = 0,     ///< success (batch: also when some lines held errors; they are reported inline)
  exit_goal = 1,   ///< the goal or a file could not be checked (invalid UTF-8, empty goal, I/O)
  exit_usage = 2,  ///< bad command line: unknown command or option, missing value, bad option value
};

/// Runs the `goalsmith` command line.
///
/// `args` are the arguments after the program name (argv[1..]). Reports and JSON go to `out`;
/// usage and error messages go to `err`; `batch` reads JSON lines from `in`. Never throws:
/// every failure becomes a message on `err` and an ExitStatus. Thread-compatible (touches no
/// global state other than the streams it is given). Added in 0.1.0.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace goalsmith::cli
