// language pack layer: the "journal" section — headings, labels and sentences of the journal
// report, so that no user-facing word of the report lives in code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "packs/json_reader.hpp"
#include "packs/messages.hpp"

namespace goalsmith::packs {

struct JournalRules {
  Messages messages;
};

/// The message keys the journal report uses; a pack without one fails to load.
const std::vector<std::string_view>& journal_message_keys();

/// Reads and validates the "journal" section: {"messages": {key: template}}. Throws Error with
/// the JSON path.
void compile_journal_rules(const JsonReader& section, JournalRules& out);

}  // namespace goalsmith::packs
