#include "tag/tagger.h"

#include <algorithm>

#include "text/normalizer.h"

namespace heard {

bool CodedResponse::HasTheme(int theme) const {
  for (const AnswerCoding& answer : answers) {
    for (const Coding& coding : answer.codings) {
      if (coding.theme == theme) return true;
    }
  }
  return false;
}

std::vector<int> CodedResponse::Themes() const {
  std::vector<int> themes;
  for (const AnswerCoding& answer : answers) {
    for (const Coding& coding : answer.codings) themes.push_back(coding.theme);
  }
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
  return themes;
}

CodedResponse Tagger::Tag(Response response) const {
  CodedResponse coded;
  coded.answers.reserve(response.answers.size());
  for (const Answer& answer : response.answers) {
    AnswerCoding coding{answer.question, {}};
    if (!IsBlank(answer.text)) coding.codings = matcher_.Code(Normalize(answer.text));
    coded.answers.push_back(std::move(coding));
  }
  coded.response = std::move(response);
  return coded;
}

}  // namespace heard
