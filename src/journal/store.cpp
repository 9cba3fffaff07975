// journal: loading and atomic saving of journal files (POSIX).
//
// A save never writes into the journal itself: it writes a new file next to it and renames it
// over the old one. rename() within one directory is atomic on POSIX file systems, so a reader
// (or a crash) sees either the old file or the new one. fsync before the rename makes sure the
// new contents reach the disk before the name points at them; fsync of the directory makes the
// rename itself durable.
#include "journal/store.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "goalsmith/error.hpp"
#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"

namespace goalsmith::journal {
namespace {

SaveHook g_hook = nullptr;

void step(SaveStep s) {
  if (g_hook != nullptr) g_hook(s);
}

std::string errno_text(int error) { return std::strerror(error); }

std::string directory_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Closes the descriptor and removes the temp file unless the save got past the rename.
class TempFile {
 public:
  TempFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(path_.c_str());
  }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  void close_now(const std::string& target) {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0)
      throw Error(ErrorCode::io, "cannot save \"" + target + "\": closing the temp file failed: " + errno_text(errno));
  }
  void renamed() { renamed_ = true; }

 private:
  std::string path_;
  int fd_;
  bool renamed_ = false;
};

void write_all(int fd, const char* data, std::size_t size, const std::string& target) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorCode::io, "cannot save \"" + target + "\": writing the temp file failed: " + errno_text(errno));
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

void set_save_hook(SaveHook hook) noexcept { g_hook = hook; }

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT)
      throw Error(ErrorCode::not_found, std::string("no ") + what + " file \"" + path + "\"");
    throw Error(ErrorCode::io, std::string("cannot open ") + what + " file \"" + path + "\"");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, std::string("cannot read ") + what + " file \"" + path + "\"");
  return buffer.str();
}

void write_file_atomically(const std::string& path, std::string_view data) {
  if (path.empty()) throw Error(ErrorCode::invalid_argument, "the journal path is empty");
  step(SaveStep::open_temp);
  // mkstemp gives a fresh name, so two savers never share a temp file; the name starts with the
  // target's so that a leftover (after a power cut) is recognisable.
  std::string pattern = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0)
    throw Error(ErrorCode::io, "cannot save \"" + path + "\": creating a temp file next to it failed: " +
                                   errno_text(errno));
  TempFile temp(pattern, fd);
  // mkstemp creates the file 0600; a journal is an ordinary user file.
  ::fchmod(fd, 0644);

  const std::size_t half = data.size() / 2;
  step(SaveStep::write_half);
  write_all(fd, data.data(), half, path);
  step(SaveStep::write_all);
  write_all(fd, data.data() + half, data.size() - half, path);
  step(SaveStep::fsync_file);
  if (::fsync(fd) != 0)
    throw Error(ErrorCode::io, "cannot save \"" + path + "\": flushing the temp file failed: " + errno_text(errno));
  temp.close_now(path);
  step(SaveStep::rename);
  if (::rename(temp.path().c_str(), path.c_str()) != 0)
    throw Error(ErrorCode::io, "cannot save \"" + path + "\": replacing it failed: " + errno_text(errno));
  temp.renamed();
  step(SaveStep::fsync_dir);
  const std::string dir = directory_of(path);
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    // The new file is in place; a failing directory fsync only weakens durability after a
    // power cut, which the caller cannot fix, so it is not reported as a failed save.
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace goalsmith::journal

namespace goalsmith {

Journal load_journal(const std::string& path, const Engine& engine) {
  const std::string text = journal::read_file(path, "journal");
  try {
    // An older layout is migrated in memory; the file keeps its layout until the next save.
    return journal::read_journal_document(text, &engine);
  } catch (const Error& e) {
    // Name the file; what() already ends with " (at where)", which the new Error adds again.
    std::string message = e.what();
    const std::string suffix = " (at " + e.where() + ")";
    if (!e.where().empty() && message.size() >= suffix.size() &&
        message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0)
      message.resize(message.size() - suffix.size());
    throw Error(e.code(), "journal file \"" + path + "\": " + message, e.where());
  }
}

void save_journal(const Journal& journal, const std::string& path) {
  journal::write_file_atomically(path, journal_to_json(journal));
}

}  // namespace goalsmith
