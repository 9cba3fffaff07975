// goalsmith — umbrella header of the C++ API.
#pragma once

#include "goalsmith/date.hpp"
#include "goalsmith/drafts.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/error.hpp"
#include "goalsmith/goals.hpp"
#include "goalsmith/mindset.hpp"
#include "goalsmith/feedback.hpp"
#include "goalsmith/journal.hpp"
#include "goalsmith/pack.hpp"
#include "goalsmith/smart.hpp"
#include "goalsmith/time.hpp"
#include "goalsmith/utf8.hpp"
#include "goalsmith/version.hpp"
#include "goalsmith/worksheet.hpp"
