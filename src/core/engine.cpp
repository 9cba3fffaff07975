#include "goalsmith/engine.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "extract/time.hpp"
#include "packs/compiled_pack.hpp"
#include "smart/check.hpp"
#include "text/utf8.hpp"

namespace goalsmith {
namespace {

// Goals are one or two sentences; anything above this is not a goal and would only make a
// report as large as the input. The limit is generous so that pasted paragraphs still work.
constexpr std::size_t kMaxGoalBytes = 64 * 1024;

void validate_goal_text(std::string_view text) {
  text::require_utf8(text, "goal text");
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    throw Error(ErrorCode::invalid_argument, "goal text is empty");
  if (text.size() > kMaxGoalBytes)
    throw Error(ErrorCode::invalid_argument,
                "goal text is " + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(kMaxGoalBytes) + " bytes",
                "byte " + std::to_string(kMaxGoalBytes));
}

}  // namespace

Engine::Engine() : Engine(Pack::builtin("en")) {}

Engine::Engine(Pack pack, EngineOptions options) : pack_(std::move(pack)), options_(options) {}

static smart::CheckContext make_context(const Pack& pack, const EngineOptions& options, std::optional<Date> today,
                                        std::optional<WeekStart> week_start = std::nullopt) {
  smart::CheckContext context;
  context.today = today ? *today : Date::today();
  if (!context.today.valid())
    throw Error(ErrorCode::invalid_argument, "reference date " + context.today.to_iso() + " is not a real date");
  context.day_first = options.date_order == DateOrder::pack_default ? pack.compiled().time.day_first
                                                                     : options.date_order == DateOrder::day_first;
  context.week_start = week_start.value_or(options.week_start) == WeekStart::sunday ? 7 : 1;
  return context;
}

SmartReport Engine::check_goal(std::string_view text, const CheckOptions& options) const {
  validate_goal_text(text);
  smart::validate_options(pack_.compiled(), options);
  return smart::check_goal(pack_.compiled(), text, options,
                           make_context(pack_, options_, options.today, options.week_start));
}

std::vector<SmartReport> Engine::check_goals(const std::vector<std::string>& texts, const CheckOptions& options,
                                             unsigned threads) const {
  smart::validate_options(pack_.compiled(), options);
  // Fix "today" once so that every goal of a batch uses the same reference date.
  CheckOptions fixed = options;
  if (!fixed.today) fixed.today = Date::today();
  std::vector<SmartReport> out(texts.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, texts.size()));
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  std::size_t failed_index = 0;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (std::size_t i; !failed.load() && (i = next.fetch_add(1)) < texts.size();) {
      try {
        out[i] = check_goal(texts[i], fixed);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failed.exchange(true) || i < failed_index) {
          failure = std::current_exception();
          failed_index = i;
        }
      }
    }
  };
  if (threads <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  return out;
}

std::vector<TimeExpression> Engine::parse_time(std::string_view text, std::optional<Date> today) const {
  TimeOptions options;
  options.today = today;
  return parse_time(text, options);
}

std::vector<TimeExpression> Engine::parse_time(std::string_view text, const TimeOptions& options) const {
  text::require_utf8(text, "text");
  const auto context = make_context(pack_, options_, options.today, options.week_start);
  if (options.now) {
    const TimeOfDay& t = *options.now;
    if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 || t.second > 59)
      throw Error(ErrorCode::invalid_argument, "reference time " + t.to_iso() + " is not a time of day");
  }
  const auto tokens = text::tokenize(text);
  extract::TimeContext tc;
  tc.today = context.today;
  tc.day_first = context.day_first;
  tc.week_start = context.week_start;
  tc.now = options.now ? options.now->seconds() : -1;
  std::vector<TimeExpression> out;
  for (auto& found : extract::find_times(tokens, pack_.compiled(), tc)) out.push_back(std::move(found.expr));
  return out;
}

}  // namespace goalsmith
