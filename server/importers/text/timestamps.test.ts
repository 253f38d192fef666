import assert from "node:assert/strict";
import { test } from "node:test";
import { findTime } from "./timestamps";

const at = (text: string) => {
  const found = findTime(text);
  return found && { iso: found.iso, raw: found.raw, before: text.slice(0, found.index) };
};

test("a comment time inside a header line, in the languages pages come in", () => {
  assert.deepEqual(at("Rolf Buckpesch 29.07.2020 // 12:56"), { iso: "2020-07-29T12:56", raw: "29.07.2020 // 12:56", before: "Rolf Buckpesch " });
  assert.deepEqual(at("Unread post by odroid » Sat Jun 25, 2016 6:19 pm"), { iso: "2016-06-25T18:19", raw: "Sat Jun 25, 2016 6:19 pm", before: "Unread post by odroid » " });
  assert.equal(at("30. Mai 2019 um 17:21 Uhr")?.iso, "2019-05-30T17:21");
  assert.equal(at("12 mars 2020 à 14 h 05")?.iso, "2020-03-12T14:05");
  assert.equal(at("10 de mayo de 2019")?.iso, "2019-05-10");
  assert.equal(at("04-06-2019, 09:29 PM #2")?.iso, "2019-04-06T21:29");
  assert.equal(at("Lun 8 Jan 2018 18:17")?.iso, "2018-01-08T18:17");
});

test("a date glued to the name before it, as browsers copy Blogger's headers", () => {
  assert.deepEqual(at("IwonaMay 30, 2019 at 1:06 PM"), { iso: "2019-05-30T13:06", raw: "May 30, 2019 at 1:06 PM", before: "Iwona" });
  assert.equal(at("Andjela GligorijevicMittwoch, Mai 10, 2017 4:14:00 PM")?.before, "Andjela Gligorijevic");
  assert.equal(at("Mark TMay 31, 2019 at 9:12 AM")?.before, "Mark T");
});

test("relative times, compound ones too; words that only look like them are not", () => {
  for (const text of ["6 years ago", "1 Monat her", "50 Minuten 46 Sekunden her", "vor 3 Tagen", "il y a 2 jours", "hace 3 horas"]) assert.equal(at(text)?.raw, text, text);
  assert.equal(at("Hier wird gebaut"), null);
  assert.equal(at("Dr. Amar 5, 2019"), null, "a month's name inside a word is no month");
  assert.equal(at("x".repeat(200) + " May 3, 2019"), null, "lines longer than any header are not read");
});
