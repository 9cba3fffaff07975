// language pack layer: a string-keyed hash table probed with a precomputed hash.
//
// Every token carries the hash of its folded text (text::Token::hash), so a lexicon probe costs
// one array index and one string compare instead of re-hashing the word for every lexicon
// (DESIGN.md performance budget). Open addressing with linear probing; immutable after the pack
// is compiled, so concurrent lookups are safe.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalsmith::packs {

inline std::size_t hash_text(std::string_view s) { return std::hash<std::string_view>{}(s); }

template <typename Value>
class HashIndex {
 public:
  /// The value stored under `key`, inserting a default one first if needed.
  Value& operator[](std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::size_t h = hash_text(key);
    std::size_t i = h & (slots_.size() - 1);
    while (slots_[i].used) {
      if (slots_[i].hash == h && slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i].used = true;
    slots_[i].hash = h;
    slots_[i].key = std::string(key);
    ++size_;
    return slots_[i].value;
  }

  const Value* find(std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return nullptr;
    std::size_t i = hash & (slots_.size() - 1);
    while (slots_[i].used) {
      if (slots_[i].hash == hash && slots_[i].key == key) return &slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    return nullptr;
  }
  const Value* find(std::string_view key) const { return find(key, hash_text(key)); }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  template <typename F>
  void for_each(F&& f) const {
    for (const auto& s : slots_)
      if (s.used) f(s.key, s.value);
  }

 private:
  struct Slot {
    bool used = false;
    std::size_t hash = 0;
    std::string key;
    Value value{};
  };
  // Doubles the table, placing each slot by its stored hash (keys are distinct already, so
  // there is nothing to compare or rehash).
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>(old.empty() ? 16 : old.size() * 2);
    const std::size_t mask = slots_.size() - 1;
    for (auto& s : old) {
      if (!s.used) continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = std::move(s);
    }
  }
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace goalsmith::packs
