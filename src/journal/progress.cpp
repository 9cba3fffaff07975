// journal: progress of a goal on a given day — done vs target, what the window expects, the
// state, and for recurring goals the periods, the streak and the missed occurrences.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"

namespace goalsmith {
namespace {

// A daily goal over decades would list thousands of periods; beyond this many the progress
// keeps totals only (streak and missed are computed over the listed periods).
constexpr std::size_t kMaxPeriods = 3660;

// Amounts are sums of user-entered decimals; compare with a tolerance so that 0.1 + 0.2
// reaches a target of 0.3.
constexpr double kEpsilon = 1e-9;

long day_number(const Date& d) { return d.days_since_epoch(); }

int iso_weekday(long days) {
  // 1970-01-01 was a Thursday (ISO 4).
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

Date add_months(const Date& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  Date out{index / 12, index % 12 + 1, d.day};
  while (!out.valid() && out.day > 28) --out.day;
  return out;
}

// Day number of the first day of the period after the one that starts on day `start`. Works
// on day numbers: converting dates back and forth cost most of the time of a journal's progress.
long next_period(long start, Per per) {
  switch (per) {
    case Per::day: return start + 1;
    case Per::week: return start + 7;
    case Per::month: return add_months(Date::from_days_since_epoch(start), 1).days_since_epoch();
    case Per::year: return add_months(Date::from_days_since_epoch(start), 12).days_since_epoch();
  }
  return start + 7;
}

double round2(double v) { return std::round(v * 100) / 100; }

void fill_periods(const Goal& g, const std::vector<const CheckIn*>& sorted, Date today_date, GoalProgress& p) {
  const Recurrence& rec = *g.recurrence;
  const long end = day_number(*p.deadline);
  const long today = day_number(today_date);
  std::vector<long> days_of;  // check-in day numbers, in date order
  days_of.reserve(sorted.size());
  for (const CheckIn* c : sorted) days_of.push_back(day_number(c->date));
  bool weekday[8] = {};
  for (int wd : rec.by_day) weekday[wd] = true;

  long start = day_number(*g.start);
  const long approx_days = rec.per == Per::day ? 1 : rec.per == Per::week ? 7 : rec.per == Per::month ? 28 : 365;
  if (end >= start) p.periods.reserve(std::min<std::size_t>(kMaxPeriods, static_cast<std::size_t>((end - start) / approx_days + 2)));
  std::size_t next_check_in = 0;
  while (start <= end && p.periods.size() < kMaxPeriods) {
    const long following = next_period(start, rec.per);
    const long full_days = following - start;
    const long period_end = std::min(following - 1, end);
    const long days = period_end - start + 1;
    GoalProgress::Period period;
    period.start = Date::from_days_since_epoch(start);
    period.end = Date::from_days_since_epoch(period_end);
    if (!rec.by_day.empty()) {
      for (long k = start; k <= period_end; ++k)
        if (weekday[iso_weekday(k)]) period.required += 1;
    } else if (days == full_days) {
      period.required = rec.count;
    } else {
      period.required = std::round(rec.count * static_cast<double>(days) / static_cast<double>(full_days));
    }
    // Check-ins before the window count towards the first period, after it towards the last.
    const bool last = following > end;
    while (next_check_in < sorted.size() && (days_of[next_check_in] <= period_end || last) &&
           days_of[next_check_in] <= today) {
      period.done += sorted[next_check_in]->amount;
      ++next_check_in;
    }
    period.ended = period_end < today;
    if (period.ended) period.missed = std::max(0.0, period.required - period.done);
    p.missed += period.missed;
    p.periods.push_back(period);
    start = following;
  }
  // Streak: periods met, counting back from the latest one that has started. The current
  // period counts once it is met; until then it neither adds nor breaks the streak.
  long streak = 0;
  for (std::size_t k = p.periods.size(); k-- > 0;) {
    const auto& period = p.periods[k];
    if (today_date < period.start) continue;
    const bool met = period.done + kEpsilon >= period.required;
    if (!period.ended) {
      if (met && period.required > 0) ++streak;
      continue;
    }
    if (period.required <= 0) continue;  // a short last period may schedule nothing
    if (!met) break;
    ++streak;
  }
  p.streak = streak;
}

}  // namespace

namespace {

// `sorted`: the goal's check-ins, in any order on entry.
GoalProgress progress_of(const Goal& g, std::vector<const CheckIn*>& sorted, Date today) {
  std::stable_sort(sorted.begin(), sorted.end(), [](const CheckIn* a, const CheckIn* b) { return a->date < b->date; });

  GoalProgress p;
  p.goal_id = g.id;
  p.text = g.text;
  p.status = g.status;
  p.target = g.target;
  p.deadline = g.deadline ? g.deadline : (g.recurrence ? g.recurrence->until : std::nullopt);

  double running = 0;
  for (const CheckIn* c : sorted) {
    if (today < c->date) break;
    running += c->amount;
    p.last_check_in = c->date;
    if (!p.completed && running + kEpsilon >= g.target.amount) p.completed = c->date;
  }
  p.done = running;
  if (g.status == GoalStatus::done && g.status_changed <= today && (!p.completed || g.status_changed < *p.completed))
    p.completed = g.status_changed;
  p.percent = round2(std::min(100.0, 100.0 * p.done / g.target.amount));

  if (p.deadline) {
    const long left = day_number(*p.deadline) - day_number(today) + 1;
    p.days_left = std::max(0L, left);
  }
  const bool periodic = g.recurrence && g.start && p.deadline && g.target.unit == "occurrence";
  if (periodic) {
    fill_periods(g, sorted, today, p);
    double expected = 0;
    for (const auto& period : p.periods)
      if (period.ended) expected += period.required;
    p.expected = round2(std::min(expected, g.target.amount));
  } else if (g.start && p.deadline) {
    // Linear over the window: what should be done before today begins, so the learner still
    // has today to keep up.
    const long total = day_number(*p.deadline) - day_number(*g.start) + 1;
    const long elapsed = std::clamp(day_number(today) - day_number(*g.start), 0L, total);
    p.expected = round2(g.target.amount * static_cast<double>(elapsed) / static_cast<double>(total));
  }

  if (g.status == GoalStatus::dropped)
    p.state = ProgressState::dropped;
  else if (g.status == GoalStatus::done || p.completed)
    p.state = ProgressState::done;
  else if (g.status == GoalStatus::paused)
    p.state = ProgressState::paused;
  else if (p.deadline && *p.deadline < today)
    p.state = ProgressState::overdue;
  else if (p.expected && p.done + kEpsilon < *p.expected)
    p.state = ProgressState::behind;
  else
    p.state = ProgressState::on_track;
  return p;
}

}  // namespace

GoalProgress goal_progress(const Goal& g, const std::vector<CheckIn>& check_ins, Date today) {
  std::vector<const CheckIn*> mine;
  for (const CheckIn& c : check_ins)
    if (c.goal_id == g.id) mine.push_back(&c);
  return progress_of(g, mine, today);
}

std::vector<GoalProgress> Journal::progress(Date today) const {
  // Group check-ins by goal once, so a journal with many goals stays linear.
  std::unordered_map<std::string_view, std::vector<const CheckIn*>> by_goal;
  by_goal.reserve(goals_.size());
  for (const CheckIn& c : check_ins_) by_goal[c.goal_id].push_back(&c);
  std::vector<const CheckIn*> none;
  std::vector<GoalProgress> out;
  out.reserve(goals_.size());
  for (const Goal& g : goals_) {
    const auto it = by_goal.find(g.id);
    none.clear();
    out.push_back(progress_of(g, it == by_goal.end() ? none : it->second, today));
  }
  return out;
}

// ---------------------------------------------------------------------------- JSON

std::string progress_to_json(const std::vector<GoalProgress>& progress, Date today, int indent) {
  packs::JsonWriter w(indent);
  auto date = [&](const std::optional<Date>& d) {
    if (d)
      w.value(d->to_iso());
    else
      w.null();
  };
  w.begin_object().member("schema", journal::kProgressSchema).member("today", today.to_iso());
  w.key("goals").begin_array();
  for (const auto& p : progress) {
    w.begin_object()
        .member("goal", p.goal_id)
        .member("text", p.text)
        .member("status", to_string(p.status))
        .member("state", to_string(p.state))
        .member("done", round2(p.done))
        .key("target")
        .begin_object()
        .member("amount", p.target.amount)
        .member("unit", p.target.unit)
        .end_object()
        .member("percent", p.percent);
    w.key("expected");
    if (p.expected)
      w.value(*p.expected);
    else
      w.null();
    w.key("deadline");
    date(p.deadline);
    w.key("days_left");
    if (p.days_left)
      w.value(*p.days_left);
    else
      w.null();
    w.key("last_check_in");
    date(p.last_check_in);
    w.key("completed");
    date(p.completed);
    w.member("streak", p.streak).member("missed", round2(p.missed));
    w.key("periods").begin_array();
    for (const auto& period : p.periods)
      w.begin_object()
          .member("start", period.start.to_iso())
          .member("end", period.end.to_iso())
          .member("required", period.required)
          .member("done", round2(period.done))
          .member("missed", round2(period.missed))
          .member("ended", period.ended)
          .end_object();
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace goalsmith
