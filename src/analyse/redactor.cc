#include "analyse/redactor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace heard {
namespace {

struct Rule {
  const char* label;
  const char* pattern;  // group 1 is the span to redact
};

// Order matters only for ties: earlier rules win overlapping spans.
constexpr Rule kRules[] = {
    {"[email]", R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+))"},
    {"[phone]", R"((?:^|[^\d])((?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?(?:[\s\-]?\d){6,8}))"},
    {"[NHS number]", R"((?:^|[^\d])(\d{3}[\s\-]?\d{3}[\s\-]?\d{4})(?:[^\d]|$))"},
    {"[postcode]",
     R"((?i)(?:^|[^A-Za-z0-9])([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?:[^A-Za-z0-9]|$))"},
    {"[date of birth]",
     R"((?i)(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\W{0,3}(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}))"},
    {"[name]",
     R"((?:^|\W)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Cllr)\.?\s+((?:[A-Z][a-z'\-]+)(?:\s+[A-Z][a-z'\-]+)?))"},
    {"[name]",
     R"((?i:\b(?:regards|thanks|thank you|best wishes|many thanks|yours sincerely|yours faithfully|yours truly|cheers|love|best|sincerely|from))[,!.]?[ \t]*(?:\r?\n[ \t]*)?((?:[A-Z][a-z'\-]+|[A-Z]\.)(?:[ \t]+[A-Z][a-z'\-]+)?)[ \t.!]*(?:x+)?[ \t]*\s*$)"},
    {"[name]", R"((?:^|\n)[ \t]*[-~\x{2013}\x{2014}][ \t]*([A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+)?)[ \t.]*\s*$)"},
    {"[name]",
     R"((?i:\b(?:my|our|his|her|their)\s+(?:(?:little|big|baby|older|younger|twin|step|eldest|youngest)\s+)?(?:husband|wife|partner|son|daughter|mum|mam|mom|dad|mother|father|brother|sister|nan|nana|gran|granny|grandad|grandma|grandpa|grandson|granddaughter|friend|neighbour|uncle|aunt|auntie|boy|girl|child|carer)),?\s+([A-Z][a-z'\-]+))"},
};

struct CompiledRule {
  std::string label;
  std::unique_ptr<RE2> re;
};

const std::vector<CompiledRule>& Rules() {
  static const std::vector<CompiledRule>* rules = [] {
    auto* out = new std::vector<CompiledRule>();
    RE2::Options options;
    options.set_log_errors(false);
    for (const Rule& rule : kRules) {
      out->push_back({rule.label, std::make_unique<RE2>(rule.pattern, options)});
    }
    return out;
  }();
  return *rules;
}

void FindAll(const CompiledRule& rule, std::string_view text,
             std::vector<Redaction>* out) {
  re2::StringPiece sub[2];
  size_t pos = 0;
  while (pos < text.size() &&
         rule.re->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                        RE2::UNANCHORED, sub, 2)) {
    if (sub[1].data() == nullptr) break;
    size_t begin = static_cast<size_t>(sub[1].data() - text.data());
    size_t end = begin + sub[1].size();
    out->push_back({begin, end, rule.label});
    pos = std::max(end, static_cast<size_t>(sub[0].data() - text.data()) + 1);
  }
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// Whole-word, ASCII-case-insensitive occurrences of `name` in `text`.
void FindName(const std::string& name, std::string_view text, std::vector<Redaction>* out) {
  if (name.empty() || name.size() > text.size()) return;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  for (size_t at = 0; at + name.size() <= text.size(); ++at) {
    if (!std::equal(name.begin(), name.end(), text.begin() + at, same)) continue;
    const size_t end = at + name.size();
    if ((at > 0 && IsWordByte(text[at - 1])) || (end < text.size() && IsWordByte(text[end]))) continue;
    out->push_back({at, end, "[name]"});
    at = end - 1;
  }
}

}  // namespace

std::vector<Redaction> FindPersonalData(std::string_view text,
                                        const std::vector<std::string>& names) {
  std::vector<Redaction> found;
  for (const CompiledRule& rule : Rules()) FindAll(rule, text, &found);
  for (const std::string& name : names) FindName(name, text, &found);
  std::stable_sort(found.begin(), found.end(),
                   [](const Redaction& a, const Redaction& b) { return a.begin < b.begin; });
  std::vector<Redaction> merged;
  for (const Redaction& r : found) {
    if (!merged.empty() && r.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
      continue;
    }
    merged.push_back(r);
  }
  return merged;
}

std::string Redacted(std::string_view text, const std::vector<std::string>& names) {
  std::string out;
  size_t pos = 0;
  for (const Redaction& r : FindPersonalData(text, names)) {
    out.append(text.substr(pos, r.begin - pos));
    out += r.label;
    pos = r.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace heard
