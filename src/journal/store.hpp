// journal: the file store — atomic replacement of a journal file, and a fault-injection hook
// that lets tests stop a save at each step as a crash would.
#pragma once

#include <string>
#include <string_view>

namespace goalsmith::journal {

/// The steps of an atomic save, in order.
enum class SaveStep {
  open_temp,      ///< the temp file is created next to the target
  write_half,     ///< half of the document is written to the temp file
  write_all,      ///< the whole document is written
  fsync_file,     ///< the temp file is flushed to disk
  rename,         ///< the temp file replaces the target
  fsync_dir,      ///< the directory entry is flushed to disk
};

/// Test hook: called before each step; a hook that throws makes the save fail there, and one
/// that calls _exit() simulates a crash. nullptr (the default) means no hook. Not thread-safe:
/// set it only in single-threaded tests.
using SaveHook = void (*)(SaveStep step);
void set_save_hook(SaveHook hook) noexcept;

/// Reads a whole file. Error(not_found) when it does not exist, Error(io) otherwise.
std::string read_file(const std::string& path, const char* what);
/// Writes `data` to `path` atomically (temp file in the same directory, fsync, rename, fsync of
/// the directory). On failure removes the temp file and throws Error(io) naming the step.
void write_file_atomically(const std::string& path, std::string_view data);

}  // namespace goalsmith::journal
