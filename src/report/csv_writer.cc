#include "report/csv_writer.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace heard {
namespace {

bool LooksLikeFormula(std::string_view value) {
  if (value.empty()) return false;
  const char c = value[0];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Whether `value` holds a comma, a quote or a line break. Every field of
// every row passes here, so 16 bytes are looked at a time where SSE2 is there.
bool NeedsQuotes(std::string_view value) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
  const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  for (; i + 16 <= value.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.data() + i));
    const __m128i found =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, quote)),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, lf)));
    if (_mm_movemask_epi8(found) != 0) return true;
  }
#endif
  for (; i < value.size(); ++i) {
    const char c = value[i];
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

}  // namespace

void AppendCsvField(std::string_view value, std::string* out) {
  const bool defuse = LooksLikeFormula(value);
  if (!NeedsQuotes(value)) {
    if (defuse) *out += '\'';
    out->append(value);
    return;
  }
  *out += '"';
  if (defuse) *out += '\'';
  // Each '"' doubled: the text up to and including it, then one more.
  for (size_t quote = value.find('"'); quote != std::string_view::npos;
       quote = value.find('"')) {
    out->append(value.substr(0, quote + 1));
    *out += '"';
    value.remove_prefix(quote + 1);
  }
  out->append(value);
  *out += '"';
}

std::string CsvField(std::string_view value) {
  std::string cell;
  AppendCsvField(value, &cell);
  return cell;
}

void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
  std::string row;
  size_t size = 2;
  for (const std::string& field : fields) size += field.size() + 3;
  row.reserve(size);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    AppendCsvField(fields[i], &row);
  }
  row += "\r\n";
  out.write(row.data(), static_cast<std::streamsize>(row.size()));
}

}  // namespace heard
