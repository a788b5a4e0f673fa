-- SPDX-License-Identifier: MIT
-- ZD.WFM.2: Ticket tags are visible in WFM; restrict access if tags are sensitive.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2). The check reads the tag
-- vocabulary (GET /api/v2/tags) with the PHI scanner (zd.scan, docs/scan.md), underscores read
-- as spaces ("mrn_1234567", "dob_03_14_1962"): a personal identifier in a tag fails; health
-- terms ("hiv", "oncology") need a person's judgement on WFM access; neither passes.
-- GET /api/v2/tags "lists up to the 20,000 most popular tags in the last 60 days" (Zendesk's
-- Tags API reference): never the whole vocabulary, and no count in the reply covers tags
-- older than 60 days, so a clean list is `manual` with that limit stated, never `pass`.

id = "ZD.WFM.2"
title = "Ticket tags are visible in WFM; restrict access if tags are sensitive"
seed_ref = "XII.2"
product = "Zendesk WFM / Support tags"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Risk-based: if the tag vocabulary is judged not sensitive, record that review instead of"
  .. " restricting WFM access."
automation = "partial"
description = "The subscriber acknowledges that tags placed on Support tickets, whether by agents, "
  .. "admins or default system logic, are shown in WFM to anyone who can see that ticket "
  .. "activity. If the subscriber considers tags sensitive, it must set WFM access permissions"
  .. " accordingly."
evidence = "A review of the tag vocabulary for PHI or sensitivity, and WFM role permissions. "
  .. "zdaudit scans the tags the API lists (GET /api/v2/tags: at most the 20,000 most popular "
  .. "of the last 60 days), so a finding there fails, but a clean list cannot prove the rest of "
  .. "the vocabulary clean."
remediation = "Review the tag vocabulary (Admin Center > Objects and rules > Tags) for PHI or sensitive"
  .. " values; if any, remove them or restrict WFM access to people approved to see them."
question = "Confirm that this holds for the account: Ticket tags are visible in WFM; restrict access"
  .. " if tags are sensitive. Keep as evidence: A review of the tag vocabulary for PHI or "
  .. "sensitivity, and WFM role permissions."
uses = { "tags" }
references = { "https://developer.zendesk.com/api-reference/ticketing/ticket-management/tags/",
               "docs/scan.md" }

local verdict = require "verdict"

-- Finding types that identify a person (or are credentials).
local STRONG = {
  US_SSN = true, US_ITIN = true, US_MBI = true, US_NPI = false, MEDICAL_RECORD_NUMBER = true,
  HEALTH_PLAN_ID = true, CREDIT_CARD = true, ABA_ROUTING = true, VIN = true, DATE = true,
  PHONE_NUMBER = true, EMAIL_ADDRESS = true, PERSON_NAME = true, STREET_ADDRESS = true,
  ZENDESK_API_TOKEN = true, JWT = true, PRIVATE_KEY = true, GENERIC_SECRET = true,
}
-- Words that make a tag health information by themselves (matched as whole words or
-- prefixes of a tag word).
local HEALTH = {
  "hiv", "aids", "std", "sti", "pregnan", "abortion", "miscarriage", "psych", "mental",
  "suicid", "overdose", "opioid", "substance", "addiction", "rehab", "cancer", "oncolog",
  "chemo", "dialysis", "hepatitis", "diagnos", "transgender", "domestic", "abuse", "hospice",
  "terminal", "disabilit", "genetic",
}

-- The terms by their first three letters (every term has at least three), in HEALTH order:
-- a word is compared with the one or two terms it can start with, not with all 28.
local BY3 = {}
for _, h in ipairs(HEALTH) do
  local k = h:sub(1, 3)
  BY3[k] = BY3[k] or {}
  BY3[k][#BY3[k] + 1] = h
end

local function health_word(name)
  for word in name:lower():gmatch("[%a]+") do
    local terms = #word >= 3 and BY3[word:sub(1, 3)]
    if terms then
      for _, h in ipairs(terms) do
        if word:sub(1, #h) == h and (#h >= 4 or #word == #h) then return h end
      end
    end
  end
  return nil
end

function check(snap, ctx)
  local list = zd.items(snap, "tags")
  if list == nil then
    return verdict.missing("tags", "Review the tag vocabulary (Admin Center > Objects and rules "
      .. "> Tags) for PHI.")
  end
  local bad = verdict.malformed("tags", list)
  if bad then
    return zd.error("The tags could not be read: " .. bad .. ".", { { endpoint = "tags", note = bad } })
  end
  local phi, health, types, untyped = {}, {}, {}, 0
  -- Tags hold no spaces: people write "dob_03_14_1962", so "_" is read as a space (same
  -- length, same offsets). All tags in one call: scanned in place, on every core.
  local found = zd.scan_each(list, "name", { space = "_" })
  -- health_word of every name, walked in C for a snapshot list (nil: walk it here)
  local terms = zd.word_terms(list, "name", HEALTH)
  for i, t in ipairs(list) do
    local name = zd.str(t.name)
    if name == nil then
      untyped = untyped + 1
    else
      for _, x in ipairs(found[i] or {}) do
        if STRONG[x.type] then
          phi[#phi + 1] = { endpoint = "tags", object = { type = "tag", index = i },
                            field = "name", count = t.count,
                            finding = { type = x.type, start = x.start, ["end"] = x["end"],
                                        masked = x.masked, confidence = x.confidence } }
          types[x.type] = (types[x.type] or 0) + 1
        end
      end
      local h
      if terms then h = terms[i] else h = health_word(name) end
      if h then
        health[#health + 1] = { endpoint = "tags", object = { type = "tag", index = i },
                                field = "name", note = "health term '" .. h .. "'" }
      end
    end
  end
  local truncated = zd.state("tags").truncated
  if #phi > 0 then
    local kinds = {}
    for t, n in pairs(types) do kinds[#kinds + 1] = t .. " x" .. n end
    table.sort(kinds)
    for _, e in ipairs(health) do phi[#phi + 1] = e end
    local n = #phi - #health
    return zd.fail(verdict.count(n, "tag") .. " of " .. #list .. " "
      .. verdict.agree(n, "carries", "carry") .. " personal "
      .. "data (" .. table.concat(kinds, ", ") .. "); WFM shows tags to everyone who sees the "
      .. "ticket activity. Remove these tags or restrict WFM access.", phi)
  end
  if untyped > 0 then
    return verdict.error(verdict.count(untyped, "tag") .. " of " .. #list .. " in the 'tags' "
      .. "list " .. verdict.agree(untyped, "has", "have") .. " no name string, so the "
      .. "vocabulary cannot be reviewed.", { { endpoint = "tags", field = "name",
      note = "name missing or not a string" } })
  end
  if #health > 0 then
    return zd.manual(verdict.count(#health, "tag") .. " of " .. #list .. " "
      .. verdict.agree(#health, "names", "name") .. " health "
      .. "conditions or sensitive topics; WFM shows them with ticket activity. Decide whether "
      .. "they are sensitive and, if so, restrict WFM access (or record why not).", health)
  end
  local cut = truncated and " (and collection stopped early, so not all of those)" or ""
  return zd.manual("None of the " .. #list .. " tags read carries personal data or names a "
    .. "health condition, but Zendesk lists only the 20,000 most popular tags of the last 60 "
    .. "days" .. cut .. ": review the rest of the tag vocabulary (Admin Center > Objects and "
    .. "rules > Tags) for PHI before relying on WFM's view of tags.",
    { { endpoint = "tags", field = "name", actual = #list,
        note = "tags scanned; the API lists at most the 20,000 most popular of the last 60 days"
          .. (truncated and "; truncated" or "") } })
end
