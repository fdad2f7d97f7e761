// Tests for dates.h: table-driven date strings in the styles news pages use
// (all invented for this project), page-context cases (region signals,
// day/month order, zone words) and a property test that every produced date
// is valid ISO 8601.
#include "dates.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

constexpr int64_t kNow = 1749988800;  // 2025-06-15T12:00:00Z

struct Case {
  const char* line;
  const char* iso;  // first date found; "" = none
  DateKind kind;
};

constexpr DateKind U = DateKind::kUnknown;
constexpr DateKind P = DateKind::kPublished;
constexpr DateKind D = DateKind::kUpdated;

// Lines read with no page context (day-first, no region) and now = kNow.
const Case kCases[] = {
    // English, month names
    {"March 3, 2024", "2024-03-03", U},
    {"Published March 3, 2024", "2024-03-03", P},
    {"Updated March 3, 2024", "2024-03-03", D},
    {"Last updated: Apr 9, 2023", "2023-04-09", D},
    {"Posted on October 21st, 2019", "2019-10-21", P},
    {"Oct. 5, 2021", "2021-10-05", U},
    {"Sept. 14, 2020", "2020-09-14", U},
    {"Sep 30 2022", "2022-09-30", U},
    {"12 January 2024", "2024-01-12", U},
    {"the 2nd of May 2022", "2022-05-02", U},
    {"Friday, 7 February 2025", "2025-02-07", U},
    {"Tuesday, November 18, 2014", "2014-11-18", U},
    {"Wed 9 Apr 2025 07.45 BST", "2025-04-09T07:45", U},
    {"Mon 2 Dec 2024 18.30 GMT", "2024-12-02T18:30:00+00:00", U},
    {"January 8th 2019, 4:00 AM", "2019-01-08T04:00", U},
    {"May 1, 2023 at 9:05 pm", "2023-05-01T21:05", U},
    {"June 2, 2023 at 12:15 a.m.", "2023-06-02T00:15", U},
    {"July 4, 2022 12:00 PM", "2022-07-04T12:00", U},
    {"Aug 17, 2021, 3:42pm", "2021-08-17T15:42", U},
    {"Dec 24, 2020 11:59 PM UTC", "2020-12-24T23:59:00+00:00", U},
    {"Feb 28, 2019 10:10:10 GMT", "2019-02-28T10:10:10+00:00", U},
    {"By Jo Bloggs | 3 min read | 14 Mar 2024", "2024-03-14", U},
    {"Originally published June 6, 2018", "2018-06-06", P},
    {"First published on 1 August 2017", "2017-08-01", P},
    {"Created: 11 Nov 2011", "2011-11-11", P},
    {"Modified: 12 Nov 2011", "2011-11-12", D},
    {"Filed under Science on 5 March 2016", "2016-03-05", P},
    {"Nov 13th 2012 1:55PM", "2012-11-13T13:55", U},
    {"APRIL 30, 2024", "2024-04-30", U},
    // Two-digit years after a month name: an apostrophe, or glued by a mark
    {"posted 9 Mar \u201918 in Travel", "2018-03-09", P},
    {"Mar 9 '18", "2018-03-09", U},
    {"Datum: 09.Mär.18", "2018-03-09", P},
    {"09-Mar-18", "2018-03-09", U},
    {"Open May 6-19 daily", "2025-05-06", U},                      // a range: no year 2019
    {"Workshop 19.1.23, 10:00-11:30 Uhr", "2023-01-19T10:00", U},  // a range: no offset
    {"2024-04-18T13:00:39-05:00", "2024-04-18T13:00:39-05:00", U},
    {"March 3, 2024 17:30-05:00", "2024-03-03T17:30:00-05:00", U},
    // A year glued to what follows after the day's comma
    {"By Jo BloggsMarch 9, 201820 Mins Read", "2018-03-09", U},

    {"29 FEB 2024", "2024-02-29", U},
    {"2023 Jan 7;15(1):e12345", "2023-01-07", U},
    {"2021-Dec-04", "2021-12-04", U},
    {"04-Feb-2025", "2025-02-04", U},
    {"Jan 02 2025", "2025-01-02", U},
    {"December 31, 1999", "1999-12-31", U},
    {"March 1, 1990", "1990-03-01", U},
    // Numeric formats
    {"2025-02-04", "2025-02-04", U},
    {"2025/02/04", "2025-02-04", U},
    {"2025.02.04", "2025-02-04", U},
    {"2025-02-04T04:20:00Z", "2025-02-04T04:20:00+00:00", U},
    {"2025-02-04T04:20:00+05:30", "2025-02-04T04:20:00+05:30", U},
    {"2025-02-04T04:20:00-0500", "2025-02-04T04:20:00-05:00", U},
    {"2025-02-04T04:20", "2025-02-04T04:20", U},
    {"2025-02-04 04:20:31", "2025-02-04T04:20:31", U},
    {"2025-02-04T04:20:00.123Z", "2025-02-04T04:20:00+00:00", U},
    {"04-02-2025", "2025-02-04", U},
    {"04/02/2025", "2025-02-04", U},
    {"4.2.2025", "2025-02-04", U},
    {"04.02.25", "2025-02-04", U},
    {"31/12/2024", "2024-12-31", U},
    {"12/31/2024", "2024-12-31", U},
    {"1/13/2025", "2025-01-13", U},
    {"13.1.2025", "2025-01-13", U},
    {"05.06.2025 14:03", "2025-06-05T14:03", U},
    {"05.06.2025, 14.03 Uhr", "2025-06-05T14:03", U},
    {"Published: 2024-11-05 | Updated: 2024-11-06", "2024-11-05", P},
    {"2025. 3. 7.", "2025-03-07", U},
    {"4. 2. 2025", "2025-02-04", U},
    {"10/11/12", "2012-11-10", U},
    {"30/06/98", "1998-06-30", U},
    {"Posted 2019-05-05T22:15:00+01:00", "2019-05-05T22:15:00+01:00", P},
    {"22/01/202321/01/2023", "2023-01-22", U},
    {"Apr 042013", "2013-04-04", U},
    // Times and zones
    {"4 Feb 2025 04:20 GMT+1", "2025-02-04T04:20:00+01:00", U},
    {"4 Feb 2025 04:20 UTC+05:30", "2025-02-04T04:20:00+05:30", U},
    {"4 Feb 2025 04:20 (CET)", "2025-02-04T04:20:00+01:00", U},
    {"4 Jun 2025 04:20 CEST", "2025-06-04T04:20:00+02:00", U},
    {"1 Mar 2025 09:00 JST", "2025-03-01T09:00:00+09:00", U},
    {"1 Mar 2025 09:00 KST", "2025-03-01T09:00:00+09:00", U},
    {"1 Mar 2025 09:00 MSK", "2025-03-01T09:00:00+03:00", U},
    {"1 Mar 2025 09:00 IST", "2025-03-01T09:00", U},  // ambiguous without a region
    {"1 Mar 2025 09:00 EST", "2025-03-01T09:00", U},
    {"1 Mar 2025 9am", "2025-03-01T09:00", U},
    {"1 Mar 2025 9 PM", "2025-03-01T21:00", U},
    {"1 Mar 2025 12:30 am", "2025-03-01T00:30", U},
    {"12:01am GMT 06/01/2008", "2008-01-06T00:01:00+00:00", U},
    {"09:15, 3 May 2022", "2022-05-03T09:15", U},
    // German
    {"4. Februar 2025", "2025-02-04", U},
    {"Veröffentlicht am 4. Februar 2025", "2025-02-04", P},
    {"Aktualisiert am 5. Februar 2025, 10:12 Uhr", "2025-02-05T10:12", D},
    {"Stand: 12.03.2024", "2024-03-12", U},
    {"Zuletzt geändert: 01.12.2023", "2023-12-01", D},
    {"Montag, 3. März 2025", "2025-03-03", U},
    {"3. Mrz. 2025", "2025-03-03", U},
    {"24. Dez. 2024 um 18:00 Uhr", "2024-12-24T18:00", U},
    {"15. Jänner 2024", "2024-01-15", U},
    {"erschienen am 7. Okt. 2022", "2022-10-07", P},
    {"Erstellt: 09.09.2019 08:45", "2019-09-09T08:45", P},
    {"30 Donnerstag Mai 2024", "2024-05-30", U},
    {"So., 16.03.2025 | 19:00", "2025-03-16T19:00", U},
    // French
    {"30 avril 2015 à 07:19", "2015-04-30T07:19", U},
    {"Publié le 1er mars 2024", "2024-03-01", P},
    {"Mis à jour le 2 mars 2024 à 18h05", "2024-03-02T18:05", D},
    {"mardi 4 février 2025", "2025-02-04", U},
    {"le 12 déc. 2023", "2023-12-12", U},
    {"15 août 2021", "2021-08-15", U},
    {"3 févr. 2022", "2022-02-03", U},
    {"Publié le 04/02/2025 à 08h30", "2025-02-04T08:30", P},
    {"MAJ : 5 juin 2023", "2023-06-05", D},
    {"22 juillet 2020 à 14 h 10", "2020-07-22", U},
    // Spanish
    {"4 de febrero de 2025", "2025-02-04", U},
    {"Publicado el 4 de febrero de 2025", "2025-02-04", P},
    {"Actualizado el 5 feb. 2025 - 13:45", "2025-02-05T13:45", D},
    {"martes, 4 de febrero del 2025", "2025-02-04", U},
    {"1º de enero de 2024", "2024-01-01", U},
    {"12 dic 2023", "2023-12-12", U},
    {"Madrid, 30 sept. 2022", "2022-09-30", U},
    {"18 de setiembre de 2019", "2019-09-18", U},
    // Italian
    {"4 febbraio 2025", "2025-02-04", U},
    {"Pubblicato il 4 febbraio 2025 alle 10:30", "2025-02-04T10:30", P},
    {"Aggiornato: 5 feb 2025", "2025-02-05", D},
    {"giovedì 12 dicembre 2024", "2024-12-12", U},
    {"1 mag 2023", "2023-05-01", U},
    {"28 giu 2022, ore 09:15", "2022-06-28T09:15", U},
    // Portuguese
    {"4 de fevereiro de 2025", "2025-02-04", U},
    {"Publicado em 4 de fevereiro de 2025 às 10h30", "2025-02-04T10:30", P},
    {"Atualizado em 05/02/2025 09h12", "2025-02-05T09:12", D},
    {"21.dez.2018 às 12h55", "2018-12-21T12:55", U},
    {"3 de março de 2023", "2023-03-03", U},
    {"segunda-feira, 2 de outubro de 2023", "2023-10-02", U},
    // Dutch
    {"4 februari 2025", "2025-02-04", U},
    {"Gepubliceerd op 4 februari 2025", "2025-02-04", P},
    {"Bijgewerkt: 5 feb. 2025 om 14:02", "2025-02-05T14:02", D},
    {"dinsdag 17 mrt 2020", "2020-03-17", U},
    {"12 mei 2021, 08:00", "2021-05-12T08:00", U},
    // Russian
    {"4 февраля 2025", "2025-02-04", U},
    {"4 февраля 2025 г., 12:30", "2025-02-04", U},
    {"Опубликовано: 12 марта 2024", "2024-03-12", P},
    {"Обновлено 13 марта 2024, 09:10", "2024-03-13T09:10", D},
    {"вторник, 1 октября 2019", "2019-10-01", U},
    {"25 дек 2023", "2023-12-25", U},
    {"15.05.2024 в 18:20", "2024-05-15T18:20", U},
    // Polish
    {"4 lutego 2025", "2025-02-04", U},
    {"Opublikowano: 12 marca 2024, 10:00", "2024-03-12T10:00", P},
    {"Zaktualizowano 13 marca 2024", "2024-03-13", D},
    {"środa, 9 października 2019", "2019-10-09", U},
    {"1 wrz 2023", "2023-09-01", U},
    {"29.11.2022 godz. 14:20", "2022-11-29T14:20", U},
    // Turkish
    {"4 Şubat 2025", "2025-02-04", U},
    {"Yayınlanma: 12 Mart 2024 10:15", "2024-03-12T10:15", P},
    {"Güncelleme: 13 Mart 2024", "2024-03-13", D},
    {"1 Ağustos 2023 Salı", "2023-08-01", U},
    {"30 Eylül 2022", "2022-09-30", U},
    {"15 Kasım 2021 saat 09:00", "2021-11-15T09:00", U},
    // A weekday between the date and its time.
    {"15 Kas\u0131m 2024 Cuma, 10:25", "2024-11-15T10:25", U},
    {"15. November 2024 Freitag, 10:25", "2024-11-15T10:25", U},
    {"15 November 2024 Friday, 10:25", "2024-11-15T10:25", U},
    // Arabic
    {"4 فبراير 2025", "2025-02-04", U},
    {"نشر في 12 مارس 2024", "2024-03-12", P},
    {"آخر تحديث: 13 مارس 2024", "2024-03-13", D},
    {"1 أيلول 2023", "2023-09-01", U},
    {"7 كانون الثاني 2024", "2024-01-07", U},
    {"٤ فبراير ٢٠٢٥", "2025-02-04", U},
    // Hindi
    {"4 फ़रवरी 2025", "2025-02-04", U},
    {"प्रकाशित: 12 मार्च 2024", "2024-03-12", P},
    {"अपडेट: 13 मार्च 2024, 10:20", "2024-03-13T10:20", D},
    {"1 सितंबर 2023", "2023-09-01", U},
    {"15 अगस्त 2022", "2022-08-15", U},
    // Chinese
    {"2025年2月4日", "2025-02-04", U},
    {"2025年2月4日 14:30", "2025-02-04T14:30", U},
    {"发布时间：2024年3月12日 10:05", "2024-03-12T10:05", P},
    {"更新时间：2024-03-13 09:00", "2024-03-13T09:00", D},
    {"2019年10月1日 星期二", "2019-10-01", U},
    {"2023-05-06 08:12:00 来源：本报", "2023-05-06T08:12", U},
    // Japanese
    {"2025年2月4日 午後3時20分", "2025-02-04T15:20", U},
    {"公開日：2024年3月12日", "2024-03-12", P},
    {"更新日：2024年3月13日", "2024-03-13", D},
    {"2023年11月30日(木) 9:00", "2023-11-30T09:00", U},
    {"２０２４年５月１日", "2024-05-01", U},
    // Korean
    {"2025년 2월 4일", "2025-02-04", U},
    {"2025년 2월 4일 오후 3:20", "2025-02-04T15:20", U},
    {"입력 2024.03.12 10:05", "2024-03-12T10:05", P},
    {"수정 2024.03.13 11:40", "2024-03-13T11:40", D},
    {"2023. 11. 30. 09:00", "2023-11-30T09:00", U},
    // Relative dates (now = 2025-06-15T12:00:00Z)
    {"3 hours ago", "2025-06-15T09:00:00+00:00", U},
    {"an hour ago", "2025-06-15T11:00:00+00:00", U},
    {"45 minutes ago", "2025-06-15T11:15:00+00:00", U},
    {"2 days ago", "2025-06-13", U},
    {"1 week ago", "2025-06-08", U},
    {"Jane Roe · Updated 5h ago", "2025-06-15T07:00:00+00:00", D},
    {"1 hour, 24 minutes ago", "2025-06-15T10:36:00+00:00", U},
    {"By Jane Roe | Wire – 2 hours 5 minutes ago", "2025-06-15T09:55:00+00:00", U},
    {"vor 2 Tagen", "2025-06-13", U},
    {"vor 3 Stunden", "2025-06-15T09:00:00+00:00", U},
    {"vor einer Woche", "2025-06-08", U},
    {"il y a 3 jours", "2025-06-12", U},
    {"il y a 2 heures", "2025-06-15T10:00:00+00:00", U},
    {"hace 2 días", "2025-06-13", U},
    {"hace 10 minutos", "2025-06-15T11:50:00+00:00", U},
    {"2 giorni fa", "2025-06-13", U},
    {"há 4 dias", "2025-06-11", U},
    {"3 dagen geleden", "2025-06-12", U},
    {"2 дня назад", "2025-06-13", U},
    {"5 часов назад", "2025-06-15T07:00:00+00:00", U},
    {"3 dni temu", "2025-06-12", U},
    {"2 gün önce", "2025-06-13", U},
    {"منذ 3 أيام", "2025-06-12", U},
    {"2 दिन पहले", "2025-06-13", U},
    {"2小时前", "2025-06-15T10:00:00+00:00", U},
    {"3天前", "2025-06-12", U},
    {"2時間前", "2025-06-15T10:00:00+00:00", U},
    {"3일 전", "2025-06-12", U},
    {"2시간 전", "2025-06-15T10:00:00+00:00", U},
    {"yesterday", "2025-06-14", U},
    {"Yesterday at 14:30", "2025-06-14T14:30", U},
    {"gestern, 09:12 Uhr", "2025-06-14T09:12", U},
    {"hier à 18h40", "2025-06-14T18:40", U},
    {"ayer", "2025-06-14", U},
    {"вчера, 21:05", "2025-06-14T21:05", U},
    {"wczoraj 10:00", "2025-06-14T10:00", U},
    {"dün 08:30", "2025-06-14T08:30", U},
    {"昨天 18:00", "2025-06-14T18:00", U},
    {"어제 오후 2:10", "2025-06-14T14:10", U},
    {"Today, 10:30", "2025-06-15T10:30", U},
    {"heute", "2025-06-15", U},
    // Year-less dates take the latest year not after now
    {"Dec 28, 7:05 AM", "2024-12-28T07:05", U},
    {"Jun 14", "2025-06-14", U},
    {"3 mars", "2025-03-03", U},
    {"2月4日", "2025-02-04", U},
    // Not dates, or dates that cannot be publication dates
    {"Call +91-720-6444012 today", "", U},
    {"Version 1.2.3", "", U},
    {"IP 192.168.10.2025", "", U},
    {"Score 3-1 in 2024", "", U},
    {"Founded in 1987", "", U},
    {"31 April 2024", "", U},
    {"30 February 2024", "", U},
    {"29 Feb 2023", "", U},
    {"13/13/2024", "", U},
    {"March 5, 1985", "", U},
    {"15 July 2026", "", U},
    {"2030-01-01", "", U},
    {"USA Today reporters and editors contributed to this story", "", U},
    // Publication cues as labels and nouns
    {"Veröffentlichung: 07.03.2022", "2022-03-07", P},
    {"Datum: 19.10.2021", "2021-10-19", P},
    {"Date de publication : 3 mars 2020", "2020-03-03", P},
    {"Fecha de publicación: 5 de mayo de 2021", "2021-05-05", P},
    {"Publication date: 9 June 2023", "2023-06-09", P},
    {"the May issue", "", U},
    {"Page 2 of 12", "", U},
    {"25:61 on the clock", "", U},
    {"", "", U},
};

DateContext PlainContext() {
  DateContext ctx;
  ctx.now = kNow;
  return ctx;
}

TEST(FindDates, Table) {
  const DateContext ctx = PlainContext();
  int count = 0;
  for (const Case& c : kCases) {
    ++count;
    const std::vector<FoundDate> found = FindDates(c.line, ctx);
    if (c.iso[0] == '\0') {
      EXPECT_TRUE(found.empty()) << c.line << " gave " << (found.empty() ? "" : found[0].iso);
      continue;
    }
    EXPECT_FALSE(found.empty()) << c.line;
    if (found.empty()) continue;
    EXPECT_EQ(found[0].iso, c.iso) << c.line;
    EXPECT_EQ(found[0].kind, c.kind) << c.line;
    EXPECT_FALSE(found[0].text.empty()) << c.line;
    EXPECT_NE(std::string_view(c.line).find(found[0].text), std::string_view::npos) << c.line;
  }
  EXPECT_GE(count, 200);
}

// Dates set with a design's marks: bullets between the numbers, an emoji
// glued to the month. FindDates reads them; LooksLikeDate, a line feature
// the model was trained with, keeps its meaning and misses them.
TEST(FindDates, DesignMarks) {
  const DateContext ctx = PlainContext();
  for (const char* line :
       {"2018\u202203\u202209", "2018\u00B703\u00B709", "\U0001F4C5Mar. 9. 2018"}) {
    const std::vector<FoundDate> found = FindDates(line, ctx);
    ASSERT_FALSE(found.empty()) << line;
    EXPECT_EQ(found[0].iso, "2018-03-09") << line;
  }
  // Not spaced out, and not day first: "1 \u00B7 2 \u00B7 2020" is a list.
  EXPECT_TRUE(FindDates("1 \u00B7 2 \u00B7 2020", ctx).empty());
}

TEST(FindDates, RelativeDatesNeedNow) {
  DateContext ctx;  // now unknown
  for (const char* line : {"3 hours ago", "vor 2 Tagen", "yesterday", "2小时前", "Dec 28"}) {
    EXPECT_TRUE(FindDates(line, ctx).empty()) << line;
  }
  EXPECT_EQ(FindDates("March 3, 2024", ctx).at(0).iso, "2024-03-03");
}

// Teaser lists ("Trending Now", "Most read") stamp each item "2h ago", and
// prose says "an hour ago."; such relative dates are not the page's date.
// Compact units and sentences need a cue word; day words need a time or a
// line of nothing but cue words.
TEST(FindDates, TeaserTimestampsAndProseAreNotPublicationDates) {
  const DateContext ctx = PlainContext();
  for (const char* line : {"Trending Now", "Trending Now · 2h ago", "2h ago", "52m ago in Gadgets",
                           "By A. Writer, 15m ago", "3hr 12min ago", "Jane Roe 5h ago",
                           "I wrote to the council 3 days ago.", "Today | This Week",
                           "Buy it today", "USA TODAY", "Pre-order today", "today!"}) {
    const std::vector<FoundDate> found = FindDates(line, ctx);
    EXPECT_TRUE(found.empty()) << line << " gave " << (found.empty() ? "" : found[0].iso);
  }
  const struct {
    const char* line;
    const char* iso;
    DateKind kind;
  } kDates[] = {
      {"Updated 2h ago", "2025-06-15T10:00:00+00:00", DateKind::kUpdated},
      {"Posted 45m ago", "2025-06-15T11:15:00+00:00", DateKind::kPublished},
      {"Published 3 days ago.", "2025-06-12", DateKind::kPublished},
      {"By Jane Roe – 3 hours ago", "2025-06-15T09:00:00+00:00", DateKind::kUnknown},
      {"Published today", "2025-06-15", DateKind::kPublished},
      {"Updated yesterday", "2025-06-14", DateKind::kUpdated},
      {"Today", "2025-06-15", DateKind::kUnknown},
  };
  for (const auto& c : kDates) {
    const std::vector<FoundDate> found = FindDates(c.line, ctx);
    ASSERT_EQ(found.size(), 1u) << c.line;
    EXPECT_EQ(found[0].iso, c.iso) << c.line;
    EXPECT_EQ(found[0].kind, c.kind) << c.line;
  }
}

TEST(FindDates, UpdatedAndPublishedOnOneLine) {
  const DateContext ctx = PlainContext();
  const auto found =
      FindDates("Updated 5 Feb 2025, 10:00 GMT | First published 4 Feb 2025, 09:00 GMT", ctx);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, DateKind::kUpdated);
  EXPECT_EQ(found[0].iso, "2025-02-05T10:00:00+00:00");
  EXPECT_EQ(found[1].kind, DateKind::kPublished);
  EXPECT_EQ(found[1].iso, "2025-02-04T09:00:00+00:00");
}

TEST(FindDates, FromNowMarksYearsAndDaysTakenFromNow) {
  const DateContext ctx = PlainContext();
  const struct {
    const char* line;
    bool from_now;
  } kLines[] = {
      {"March 3, 2024", false},
      {"2024-03-03T10:00", false},
      {"3.3.2024", false},
      {"Mar 3", true},
      {"3 March", true},
      {"3月3日", true},
      {"Published 3 days ago", true},
      {"Updated yesterday", true},
      {"2 hours ago", true},
  };
  for (const auto& c : kLines) {
    const std::vector<FoundDate> found = FindDates(c.line, ctx);
    ASSERT_EQ(found.size(), 1u) << c.line;
    EXPECT_EQ(found[0].from_now, c.from_now) << c.line;
  }
}

TEST(FindDates, YearFromNowMarksOnlyDatesWrittenWithoutAYear) {
  const DateContext ctx = PlainContext();
  const struct {
    const char* line;
    bool year_from_now;
  } kLines[] = {
      {"March 3, 2024", false},
      {"3.3.2024", false},
      {"Mar 3", true},
      {"3 March", true},
      {"3. März", true},
      {"3月3日", true},
      {"Posted Mar 3 at 9:15", true},
      {"Published 3 days ago", false},
      {"Updated yesterday", false},
      {"2 hours ago", false},
  };
  for (const auto& c : kLines) {
    const std::vector<FoundDate> found = FindDates(c.line, ctx);
    ASSERT_EQ(found.size(), 1u) << c.line;
    EXPECT_EQ(found[0].year_from_now, c.year_from_now) << c.line;
  }
}

TEST(FindDates, TextKeepsWeekdayAndZone) {
  const auto found = FindDates("Posted: Thu, 6 Mar 2025 08:15:00 GMT", PlainContext());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Thu, 6 Mar 2025 08:15:00 GMT");
}

// --- Page context: region signals, day/month order, zones -------------------

std::vector<std::string_view> Views(const std::vector<std::string>& lines) {
  return std::vector<std::string_view>(lines.begin(), lines.end());
}

TEST(MakeDateContext, IndianPageMapsIst) {
  const std::vector<std::string> page = {
      "Menu",
      "Storm warning issued for the coast",
      "Kirti Rao News Desk | Updated: 04-02-2025 04:20 IST | Created: 04-02-2025 04:20 IST",
      "Body text of the story goes here.",
      " India",
      "Contact us: +91-98100-12345",
  };
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_EQ(ctx.region, Region::kIndia);
  EXPECT_FALSE(ctx.month_first);
  ASSERT_TRUE(ctx.zone_offset_minutes.has_value());
  EXPECT_EQ(*ctx.zone_offset_minutes, 330);
  const auto found = FindDates(page[2], ctx);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, DateKind::kUpdated);
  EXPECT_EQ(found[0].iso, "2025-02-04T04:20:00+05:30");
  EXPECT_EQ(found[1].kind, DateKind::kPublished);
  EXPECT_EQ(found[1].iso, "2025-02-04T04:20:00+05:30");
}

TEST(MakeDateContext, UsPageIsMonthFirstAndMapsEasternTime) {
  const std::vector<std::string> page = {
      "NEW YORK (Reuters) - Markets rose on Tuesday.",
      "Updated 03/04/2025 9:15 AM ET",
      "Call us at +1 212 555 0100",
  };
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_EQ(ctx.region, Region::kUs);
  EXPECT_TRUE(ctx.month_first);
  EXPECT_EQ(FindDates(page[1], ctx).at(0).iso, "2025-03-04T09:15:00-05:00");
  // Daylight saving time in July.
  EXPECT_EQ(FindDates("07/04/2025 9:15 AM ET", ctx).at(0).iso, "2025-07-04T09:15:00-04:00");
  EXPECT_EQ(FindDates("Mar 4, 2025 9:15 AM PST", ctx).at(0).iso, "2025-03-04T09:15:00-08:00");
}

TEST(MakeDateContext, UsStyleDatesElsewhereMakeMonthFirst) {
  const std::vector<std::string> page = {"Posted 09/21/2012", "Comment 10/30/2012", "05/06/2012"};
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_TRUE(ctx.month_first);
  EXPECT_EQ(FindDates(page[2], ctx).at(0).iso, "2012-05-06");
}

// The page writes the ambiguous numeric date's day out elsewhere: that
// settles its order, either way, in any language.
TEST(MakeDateContext, SameDayWrittenOutSettlesNumericOrder) {
  struct OrderCase {
    std::vector<std::string> page;
    Language language;
    const char* want;
  };
  const OrderCase kOrderCases[] = {
      {{"THURSDAY, AUGUST 09, 2012", "Rates fall again", "by Ann Lee on 8/09/2012 12:13:00 PM"},
       Language::kEn,
       "2012-08-09T12:13"},
      {{"Monday, November 05, 2012", "Notes from the shed 11/05/2012"},
       Language::kEn,
       "2012-11-05"},
      {{"Posted 2012-08-09", "8/09/2012"}, Language::kEn, "2012-08-09"},
      // A US page's numbers read day first when its words say so.
      {{"Call +1 212 555 0100", "Thursday 9 August 2012", "Posted 09/08/2012"},
       Language::kEn,
       "2012-08-09"},
      // The date alone does not vouch for itself: day first, as before.
      {{"Posted on 8/09/2012", "8/09/2012"}, Language::kEn, "2012-09-08"},
      // Another day with a month name says nothing.
      {{"August 10, 2012", "8/09/2012"}, Language::kEn, "2012-09-08"},
  };
  for (const OrderCase& c : kOrderCases) {
    const DateContext ctx = MakeDateContext(Views(c.page), c.language, 0);
    EXPECT_EQ(FindDates(c.page.back(), ctx).at(0).iso, c.want) << c.page.front();
  }
}

TEST(MakeDateContext, UkPageMapsBst) {
  const std::vector<std::string> page = {
      "LONDON, 4 July -",
      "Published 4 July 2024, 09:30 BST",
      "Contact: newsdesk@example.co.uk",
  };
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_EQ(ctx.region, Region::kUk);
  EXPECT_EQ(FindDates(page[1], ctx).at(0).iso, "2024-07-04T09:30:00+01:00");
}

TEST(MakeDateContext, NoSignalsIsDayFirstWithoutZones) {
  const std::vector<std::string> page = {"Some headline", "04/02/2025 04:20 IST", "Body."};
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_EQ(ctx.region, Region::kUnknown);
  EXPECT_FALSE(ctx.month_first);
  EXPECT_FALSE(ctx.zone_offset_minutes.has_value());
  EXPECT_EQ(FindDates(page[1], ctx).at(0).iso, "2025-02-04T04:20");
}

TEST(MakeDateContext, ProseAboutACountryIsNoSignal) {
  const std::vector<std::string> page = {
      "India and the United States signed a trade deal in New York on Monday.",
      "04/02/2025 10:00 IST",
  };
  const DateContext ctx = MakeDateContext(Views(page), Language::kEn, 0);
  EXPECT_EQ(ctx.region, Region::kUnknown);
}

// --- LooksLikeDate ------------------------------------------------------------

TEST(LooksLikeDate, AcceptsEveryDatedCaseWithDigits) {
  for (const Case& c : kCases) {
    const std::string_view line = c.line;
    bool digits = false;
    for (char ch : line) digits = digits || (ch >= '0' && ch <= '9');
    if (c.iso[0] == '\0' || !digits) continue;
    EXPECT_TRUE(LooksLikeDate(line)) << line;
  }
}

TEST(LooksLikeDate, RejectsOrdinaryLines) {
  for (const char* line :
       {"Home", "Sign in to comment", "The council met to discuss the plan.", "Version 1.2.3",
        "Page 2 of 12", "Call +44 20 7946 0000", "Top 10 stories", "", "yesterday"}) {
    EXPECT_FALSE(LooksLikeDate(line)) << line;
  }
}

// --- Property: every produced date is valid ISO 8601 ------------------------

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
int ToInt(std::string_view s) { return std::stoi(std::string(s)); }

// Parses the three shapes FindDates produces and checks every range.
bool ValidIso(const std::string& iso) {
  const std::string_view s = iso;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) || !IsDigits(s.substr(8, 2)))
    return false;
  const int y = ToInt(s.substr(0, 4));
  const int m = ToInt(s.substr(5, 2));
  const int d = ToInt(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1] + ((m == 2 && leap) ? 1 : 0)) return false;
  if (s.size() == 10) return true;
  if (s[10] != 'T' || s.size() < 16 || s[13] != ':') return false;
  if (!IsDigits(s.substr(11, 2)) || !IsDigits(s.substr(14, 2))) return false;
  if (ToInt(s.substr(11, 2)) > 23 || ToInt(s.substr(14, 2)) > 59) return false;
  std::string_view rest = s.substr(16);
  if (rest.empty()) return true;
  if (rest[0] == ':') {
    if (rest.size() < 3 || !IsDigits(rest.substr(1, 2)) || ToInt(rest.substr(1, 2)) > 59)
      return false;
    rest = rest.substr(3);
  }
  if (rest.empty()) return true;
  if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':') return false;
  if (!IsDigits(rest.substr(1, 2)) || !IsDigits(rest.substr(4, 2))) return false;
  return ToInt(rest.substr(1, 2)) <= 14 && ToInt(rest.substr(4, 2)) <= 59;
}

TEST(FindDatesProperty, ValidIsoForEveryTableCase) {
  const DateContext ctx = PlainContext();
  for (const Case& c : kCases)
    for (const FoundDate& d : FindDates(c.line, ctx)) EXPECT_TRUE(ValidIso(d.iso)) << d.iso;
}

TEST(FindDatesProperty, ValidIsoOverGeneratedDates) {
  // Every day/month/year combination (including impossible ones) in several
  // formats, with and without times and zones, in both day/month orders.
  static const char* const kMonths[] = {"Jan",      "février",  "März",       "апреля",
                                        "maja",     "Ağustos",  "septiembre", "ottobre",
                                        "novembro", "december", "نوفمبر",     "दिसंबर"};
  DateContext day_first = PlainContext();
  DateContext month_first = PlainContext();
  month_first.month_first = true;
  month_first.region = Region::kUs;
  int produced = 0;
  char line[160];
  for (int y : {1989, 1990, 1999, 2000, 2004, 2024, 2025, 2026}) {
    for (int m = 0; m <= 13; ++m) {
      for (int d = 0; d <= 32; d += 1) {
        const int hour = (d * 7) % 26;
        const int minute = (d * 13 + m) % 62;
        std::snprintf(line, sizeof line, "%02d/%02d/%04d %02d:%02d EDT", d, m, y, hour, minute);
        for (const DateContext* ctx : {&day_first, &month_first}) {
          for (const FoundDate& f : FindDates(line, *ctx)) {
            EXPECT_TRUE(ValidIso(f.iso)) << line << " -> " << f.iso;
            ++produced;
          }
        }
        std::snprintf(line, sizeof line, "%04d-%02d-%02dT%02d:%02d:00+0%d:30", y, m, d, hour,
                      minute, d % 10);
        for (const FoundDate& f : FindDates(line, day_first)) {
          EXPECT_TRUE(ValidIso(f.iso)) << line << " -> " << f.iso;
          ++produced;
        }
        if (m >= 1 && m <= 12) {
          std::snprintf(line, sizeof line, "%d %s %d, %d.%02d Uhr", d, kMonths[m - 1], y, hour,
                        minute);
          for (const FoundDate& f : FindDates(line, day_first)) {
            EXPECT_TRUE(ValidIso(f.iso)) << line << " -> " << f.iso;
            ++produced;
          }
          std::snprintf(line, sizeof line, "%d年%d月%d日 %d:%02d", y, m, d, hour, minute);
          for (const FoundDate& f : FindDates(line, day_first)) {
            EXPECT_TRUE(ValidIso(f.iso)) << line << " -> " << f.iso;
            ++produced;
          }
        }
      }
    }
  }
  EXPECT_GT(produced, 2000);
}

// FindDates' early exit (no number, no unit or day word) must agree with the
// full parse: on lines built to sit on either side of it and on every line
// of the samples, with and without now.
void ExpectSameAsFullParse(std::string_view line, const DateContext& ctx) {
  const std::vector<FoundDate> fast = FindDates(line, ctx);
  const std::vector<FoundDate> full = FindDatesFullParse(line, ctx);
  ASSERT_EQ(fast.size(), full.size()) << line;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].iso, full[i].iso) << line;
    EXPECT_EQ(fast[i].text, full[i].text) << line;
    EXPECT_EQ(fast[i].kind, full[i].kind) << line;
    EXPECT_EQ(fast[i].from_now, full[i].from_now) << line;
    EXPECT_EQ(fast[i].year_from_now, full[i].year_from_now) << line;
  }
}

TEST(UtcYear, YearOfEpochSeconds) {
  const struct {
    int64_t seconds;
    int year;
  } cases[] = {
      {0, 1970},          {-1, 1969}, {1735689599, 2024},  // 2024-12-31T23:59:59Z
      {1735689600, 2025},                                  // 2025-01-01T00:00:00Z
      {kNow, 2025},
  };
  for (const auto& c : cases) EXPECT_EQ(UtcYear(c.seconds), c.year) << c.seconds;
}

TEST(FindDates, EarlyExitAgreesWithTheFullParse) {
  static constexpr std::string_view kLines[] = {
      "", "Jo Smith", "By Jo Smith, Staff Writer", "USA Today", "Updated today",
      "Updated yesterday", "an hour ago", "An hour ago", "a day ago", "one week ago",
      "vor einem Tag", "vor einer Stunde", "il y a un jour", "hace un día", "há uma hora",
      "een uur geleden", "bir gün önce", "Posted a minute ago by Jo", "Gestern", "aujourd'hui",
      "Mis à jour hier", "昨天", "今日", "오늘", "어제 오후 3:20", "2小时前", "３月４日",
      "٢٠٢٥/٠٢/٠٤", "४ फ़रवरी २०२५", "Friday", "Mon, Feb 3", "February",
      "A headline with no date at all", "Today | 7 Days", "updatedToday", "an h ago", "a min ago",
      "Share this story",
      // Lines with numbers, whose words the parser passes over unless a
      // date or a time can start with them.
      "By Jo Smith, 4 February 2025 at 3:20 pm", "Updated Feb. 4, 2025, 11:29 a.m. ET",
      "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "an hour, 24 minutes ago",
      "Posted 3 hours ago by Jo", "Thu 3 Jan 2019", "12:01am GMT 06/01/2008",
      "2023年11月30日(木) 9:00", "오후 3:20 2025.02.04", "昨天 10:00", "كانون الثاني 4, 2025",
      "4 de febrero de 2025", "31 Donnerstag Okt 2019", "gestern, 14:30 Uhr", "Feb 4 12:30",
      "The 3 ministers met on Monday and left at 5"};
  DateContext with_now;
  with_now.now = kNow;
  const DateContext without_now;
  for (std::string_view line : kLines) {
    ExpectSameAsFullParse(line, with_now);
    ExpectSameAsFullParse(line, without_now);
  }
  std::size_t lines = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line); ++lines) {
      ExpectSameAsFullParse(line, with_now);
      ExpectSameAsFullParse(line, without_now);
    }
  }
  EXPECT_GT(lines, 1000u);
}

}  // namespace
}  // namespace pith::internal
