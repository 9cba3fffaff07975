// The `goalsmith` executable: a thin shell around goalsmith::cli::run.
#include <iostream>
#include <string>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  // Reports can be long and batch output large: untie stdio for speed; run() flushes `out`.
  std::ios_base::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  const int status = goalsmith::cli::run(args, std::cin, std::cout, std::cerr);
  std::cout.flush();
  return status;
}
