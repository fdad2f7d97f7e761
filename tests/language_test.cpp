#include "language.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "stopwords.h"
#include "words.h"

namespace pith::internal {
namespace {

struct LanguageCase {
  Language language;
  std::vector<std::string_view> lines;
};

// Short news-like paragraphs written for these tests, each with a line of
// English-looking navigation as real pages have.
const std::vector<LanguageCase> kCases = {
    {Language::kEn,
     {"Home | News | Sport",
      "The mayor said on Monday that the new tram line would open in the spring, "
      "although the final tests of the signals have not yet been completed.",
      "Critics of the project argue that the money could have been spent on buses, "
      "which they say would have served more people in the outer districts."}},
    {Language::kDe,
     {"Home | News | Sport",
      "Der Bürgermeister sagte am Montag, dass die neue Straßenbahnlinie im Frühjahr "
      "eröffnet werden soll, obwohl die letzten Tests der Signale noch nicht "
      "abgeschlossen sind.",
      "Kritiker des Projekts meinen, das Geld hätte man besser für Busse ausgeben "
      "können, die mehr Menschen in den äußeren Bezirken erreichen würden."}},
    {Language::kFr,
     {"Home | News | Sport",
      "Le maire a déclaré lundi que la nouvelle ligne de tramway ouvrirait au "
      "printemps, même si les derniers essais de la signalisation ne sont pas "
      "encore terminés.",
      "Les critiques du projet estiment que cet argent aurait pu être dépensé pour "
      "des bus, qui selon eux desserviraient plus de personnes dans les quartiers "
      "périphériques."}},
    {Language::kEs,
     {"Home | News | Sport",
      "El alcalde dijo el lunes que la nueva línea de tranvía se abrirá en "
      "primavera, aunque todavía no se han terminado las últimas pruebas de las "
      "señales.",
      "Los críticos del proyecto sostienen que el dinero se podría haber gastado en "
      "autobuses, que según ellos llegarían a más personas de los barrios de las "
      "afueras."}},
    {Language::kIt,
     {"Home | News | Sport",
      "Il sindaco ha detto lunedì che la nuova linea del tram sarà aperta in "
      "primavera, anche se gli ultimi test dei segnali non sono ancora stati "
      "completati.",
      "I critici del progetto sostengono che il denaro si sarebbe potuto spendere per "
      "gli autobus, che secondo loro servirebbero più persone nei quartieri "
      "periferici."}},
    {Language::kPt,
     {"Home | News | Sport",
      "O prefeito disse na segunda-feira que a nova linha de bonde será aberta na "
      "primavera, embora os últimos testes dos sinais ainda não tenham sido "
      "concluídos.",
      "Os críticos do projeto dizem que o dinheiro poderia ter sido gasto em ônibus, "
      "que segundo eles atenderiam mais pessoas nos bairros mais distantes do "
      "centro."}},
    {Language::kNl,
     {"Home | News | Sport",
      "De burgemeester zei maandag dat de nieuwe tramlijn in het voorjaar zal worden "
      "geopend, hoewel de laatste tests van de seinen nog niet zijn afgerond.",
      "Critici van het project vinden dat het geld beter aan bussen had kunnen worden "
      "besteed, omdat die volgens hen meer mensen in de buitenwijken bereiken."}},
    {Language::kPl,
     {"Home | News | Sport",
      "Burmistrz powiedział w poniedziałek, że nowa linia tramwajowa zostanie "
      "otwarta wiosną, chociaż ostatnie testy sygnalizacji nie zostały jeszcze "
      "zakończone.",
      "Krytycy projektu twierdzą, że te pieniądze można było wydać na autobusy, "
      "które według nich dotarłyby do większej liczby mieszkańców dzielnic na "
      "obrzeżach miasta."}},
    {Language::kTr,
     {"Home | News | Sport",
      "Belediye başkanı pazartesi günü yaptığı açıklamada yeni tramvay hattının "
      "ilkbaharda açılacağını, ancak sinyal sistemlerinin son testlerinin henüz "
      "tamamlanmadığını söyledi.",
      "Projeyi eleştirenler bu paranın otobüsler için harcanması gerektiğini, "
      "çünkü otobüslerin dış mahallelerde daha çok insana ulaşacağını ve bunun daha "
      "adil bir çözüm olduğunu düşünüyor."}},
    {Language::kRu,
     {"Home | News | Sport",
      "Мэр заявил в понедельник, что новая трамвайная линия откроется весной, хотя "
      "последние испытания сигнальной системы еще не завершены.",
      "Критики проекта считают, что эти деньги можно было бы потратить на автобусы, "
      "которые, по их мнению, обслуживали бы больше жителей окраин."}},
    {Language::kAr,
     {"Home | News | Sport",
      "قال رئيس البلدية يوم الاثنين إن خط الترام الجديد سيفتتح في فصل الربيع، على "
      "الرغم من أن الاختبارات الأخيرة لنظام الإشارات لم تكتمل بعد.",
      "ويرى منتقدو المشروع أن هذه الأموال كان من الممكن إنفاقها على الحافلات التي "
      "تخدم عددا أكبر من سكان الأحياء البعيدة."}},
    {Language::kHi,
     {"Home | News | Sport",
      "महापौर ने सोमवार को कहा कि नई ट्राम लाइन वसंत में शुरू हो जाएगी, हालांकि "
      "सिग्नल प्रणाली के अंतिम परीक्षण अभी पूरे नहीं हुए हैं।",
      "परियोजना के आलोचकों का कहना है कि यह पैसा बसों पर खर्च किया जा सकता था, "
      "जिससे बाहरी इलाकों के ज्यादा लोगों को फायदा होता।"}},
    {Language::kZh,
     {"Home | News | Sport",
      "市长星期一表示，新的有轨电车线路将在春天开通，不过信号系统的最后测试还没有完成。",
      "批评者认为，这笔钱本来可以用在公共汽车上，因为公共汽车能够服务更多住在郊区的居民。"}},
    {Language::kJa,
     {"Home | News | Sport",
      "市長は月曜日、新しい路面電車の路線が春に開業すると述べたが、信号システムの最終試験は"
      "まだ終わっていない。",
      "計画に批判的な人々は、その資金をバスに使えば郊外に住むより多くの住民の役に立つと主張"
      "している。"}},
    {Language::kKo,
     {"Home | News | Sport",
      "시장은 월요일 새 트램 노선이 봄에 개통될 것이라고 밝혔지만 신호 체계의 마지막 시험은 "
      "아직 끝나지 않았다.",
      "사업을 비판하는 사람들은 그 돈을 버스에 썼다면 외곽 지역에 사는 더 많은 주민들에게 "
      "도움이 되었을 것이라고 말했다."}},
};

TEST(LanguageTest, GuessesEachLanguage) {
  for (const LanguageCase& c : kCases) {
    EXPECT_EQ(LanguageCode(GuessLanguage(c.lines)), LanguageCode(c.language))
        << c.lines[1].substr(0, 40);
  }
}

TEST(LanguageTest, UnknownWithoutEvidence) {
  EXPECT_EQ(GuessLanguage({}), Language::kUnknown);
  EXPECT_EQ(GuessLanguage({"12:30 | 2024-05-01", "+44 20 7946 0000"}), Language::kUnknown);
  EXPECT_EQ(GuessLanguage({"Xyzzy Plugh Frobozz"}), Language::kUnknown);
}

TEST(LanguageTest, Codes) {
  EXPECT_EQ(LanguageCode(Language::kUnknown), "");
  EXPECT_EQ(LanguageCode(Language::kEn), "en");
  EXPECT_EQ(LanguageCode(Language::kPt), "pt");
  EXPECT_EQ(LanguageCode(Language::kKo), "ko");
}

TEST(LanguageTest, IsStopword) {
  const struct {
    Language language;
    const char* word;
    bool stopword;
  } cases[] = {
      {Language::kEn, "the", true},
      {Language::kEn, "council", false},
      {Language::kDe, "und", true},
      {Language::kDe, "dass", true},
      {Language::kDe, "the", false},
      {Language::kFr, "c'est", true},
      {Language::kFr,
       "c\xE2\x80\x99"
       "est",
       true},
      {Language::kRu, "что", true},
      {Language::kZh, "的", true},
      {Language::kJa, "の", true},
      {Language::kKo, "그리고", true},
      {Language::kUnknown, "the", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsStopword(c.language, c.word), c.stopword) << c.word;
  }
}

TEST(LanguageTest, StopwordListsAreFoldedAndSized) {
  for (int i = 1; i <= static_cast<int>(Language::kKo); ++i) {
    const auto language = static_cast<Language>(i);
    const std::string_view text = StopwordText(language);
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view word = text.substr(start, end - start);
      EXPECT_FALSE(word.empty()) << LanguageCode(language) << ": double space";
      EXPECT_EQ(FoldCase(word), word) << LanguageCode(language);
      EXPECT_TRUE(IsStopword(language, word)) << word;
      ++count;
      start = end + 1;
    }
    EXPECT_GE(count, 80u) << LanguageCode(language);
    EXPECT_LE(count, 250u) << LanguageCode(language);
  }
}

}  // namespace
}  // namespace pith::internal
