-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.1: No PHI in help-centre or community content.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2). The check scans every
-- article and community post (title and HTML body) with the PHI scanner (zd.scan, docs/scan.md):
-- identifiers of a person fail; contact details alone (names, phone numbers, e-mail and street
-- addresses, which help-centre pages list for the clinic itself) are listed for review; what the
-- API cannot show (attachments, images) keeps a clean scan at manual.

id = "ZD.GUIDE.1"
title = "No PHI in help-centre or community content"
seed_ref = "II.1 (revised 2023-04-13 and 2023-10-25)"
product = "Guide (knowledge base), Gather (community)"
kind = "content"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber acknowledges that Guide and Gather are public by nature. The exceptions "
  .. "are restricted articles and closed or restricted help centres. The subscriber must "
  .. "therefore make sure no PHI appears in Guide or Gather text, in articles, in attachments "
  .. "to articles, or in images inside articles. The seed does not clearly say whether "
  .. "restricted content is exempt (§6). Treat the rule as applying to all content, and report"
  .. " restricted content separately."
evidence = "Help Center API: articles (body, user_segment_id), article attachments, community posts."
  .. " A heuristic PHI scan plus a subscriber review sign-off. The help centre's sign-in "
  .. "requirement, and the user segments on restricted sections, for context."
remediation = "Remove or redact PHI from the help-centre articles and community posts the scan names "
  .. "(Guide > Manage articles; Gather > moderation), and add a content-review step before "
  .. "publishing."
question = "Confirm that this holds for the account: No PHI in help-centre or community content. "
  .. "Keep as evidence: Help Center API: articles (body, user_segment_id), article "
  .. "attachments, community posts. A heuristic PHI scan plus a subscriber review sign-off. "
  .. "The help centre's sign-in requirement, and the user segments on restricted sections, for"
  .. " context."
uses = { "hc_articles", "community_posts" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408832757146",
               "docs/scan.md" }

local verdict = require "verdict"

-- Finding types that identify a person (or are credentials): one is enough to fail.
local STRONG = {
  US_SSN = true, US_ITIN = true, US_MBI = true, MEDICAL_RECORD_NUMBER = true,
  HEALTH_PLAN_ID = true, CREDIT_CARD = true, ABA_ROUTING = true, VIN = true, DATE = true,
  ZENDESK_API_TOKEN = true, JWT = true, PRIVATE_KEY = true, GENERIC_SECRET = true,
  ACCOUNT_NUMBER = true, LICENSE_NUMBER = true, ID_NUMBER = true, AGE_OVER_89 = true,
}
-- Contact details and names: personal only in context, so a person reviews them.
local REVIEW = {
  PERSON_NAME = true, PHONE_NUMBER = true, EMAIL_ADDRESS = true, STREET_ADDRESS = true,
  US_ZIP_CODE = true, IP_ADDRESS = true, URL = true, LOCATION = true,
}

-- Records what the scan found in object 'obj' (item i of its list): evidence and counts into
-- 'acc', field by field as 'fields' orders them. found[k][i] and marks[k][i] are what
-- zd.scan_each gave for field k.
local function scan_object(acc, endpoint, kind, obj, fields, found, marks, i)
  local id = zd.int(obj.id)
  local restricted = zd.int(obj.user_segment_id) ~= nil
  local note = restricted and "restricted to a user segment" or nil
  local hit = false
  for k, f in ipairs(fields) do
    if marks[k][i] then acc.images[#acc.images + 1] = id end
    for _, x in ipairs(found[k][i] or {}) do
      -- an identifier shown as sample data (an HL7 segment in a how-to) is reviewed
      local strong = STRONG[x.type] and not x.sample
      if strong or REVIEW[x.type] or x.sample then
        local ev = { endpoint = endpoint, object = { type = kind, id = id }, field = f.name,
                     finding = { type = x.type, start = x.start, ["end"] = x["end"],
                                 masked = x.masked, confidence = x.confidence,
                                 part = x.part },
                     note = note }
        if strong then
          acc.strong[#acc.strong + 1] = ev
          acc.types[x.type] = (acc.types[x.type] or 0) + 1
          hit = true
        else
          acc.review[#acc.review + 1] = ev
        end
      end
    end
  end
  if hit then
    acc.objects = acc.objects + 1
    if restricted then acc.restricted = acc.restricted + 1 end
  end
end

-- Scans the fields of every object of 'list' (zd.scan_each: in place, on every core the run
-- may use) and records the objects with findings or images in list order.
local function scan_list(acc, endpoint, kind, list, fields)
  local found, marks = {}, {}
  for k, f in ipairs(fields) do
    local marked
    found[k], marked = zd.scan_each(list, f.name, { html = f.html, mark = f.html and "<img" or nil })
    marks[k] = {}
    for _, i in ipairs(marked) do marks[k][i] = true end
  end
  for i = 1, #list do
    local any = false
    for k = 1, #fields do any = any or found[k][i] ~= nil or marks[k][i] ~= nil end
    if any then scan_object(acc, endpoint, kind, list[i], fields, found, marks, i) end
  end
end

local SOURCES = {
  { key = "hc_articles", kind = "article",
    fields = { { name = "title" }, { name = "body", html = true } } },
  { key = "community_posts", kind = "community post",
    fields = { { name = "title" }, { name = "details", html = true } } },
}

function check(snap, ctx)
  local acc = { strong = {}, review = {}, types = {}, images = {}, objects = 0, restricted = 0 }
  local scanned, missing, complete, total = {}, {}, true, 0
  for _, src in ipairs(SOURCES) do
    local list = zd.items(snap, src.key)
    local bad = list and verdict.malformed(src.key, list)
    if bad then
      return zd.error("The help-centre content could not be read: " .. bad .. ".",
        { { endpoint = src.key, note = bad } })
    end
    if list == nil then
      missing[#missing + 1] = src.key
    else
      scan_list(acc, src.key, src.kind, list, src.fields)
      scanned[#scanned + 1] = verdict.count(#list, src.kind)
      total = total + #list
      if zd.state(src.key).truncated then complete = false end
    end
  end
  if #scanned == 0 then
    return verdict.missing("hc_articles", "Review the help centre and community for PHI.")
  end
  local what = table.concat(scanned, " and ")
  if #acc.strong > 0 then
    local kinds = {}
    for t, n in pairs(acc.types) do kinds[#kinds + 1] = t .. " x" .. n end
    table.sort(kinds)
    local ev = acc.strong
    for _, e in ipairs(acc.review) do ev[#ev + 1] = e end
    local restricted = acc.restricted > 0
      and (" (" .. acc.restricted .. " of them restricted to a user segment)") or ""
    return zd.fail("Personal identifiers or credentials found in "
      .. verdict.count(acc.objects, "help-centre item") .. restricted .. " of " .. what
      .. " scanned: " .. table.concat(kinds, ", ") .. ".", ev)
  end
  local gaps = {}
  if #missing > 0 then gaps[#gaps + 1] = table.concat(missing, ", ") .. " not collected" end
  if not complete then gaps[#gaps + 1] = "the lists are truncated" end
  if #acc.review > 0 then
    gaps[#gaps + 1] = verdict.count(#acc.review, "name or contact detail")
      .. " to review (they may be the clinic's own)"
  end
  if #acc.images > 0 then
    gaps[#gaps + 1] = verdict.count(#acc.images, "item") .. " with images"
  end
  if #gaps == 0 and total == 0 then
    return zd.pass("No help-centre articles or community posts: nothing can carry PHI.",
      { { endpoint = "hc_articles", actual = 0 }, { endpoint = "community_posts", actual = 0 } })
  end
  gaps[#gaps + 1] = "attachments and images cannot be read through the API"
  return zd.manual("No personal identifier found in the text of " .. what .. "; "
    .. table.concat(gaps, "; ") .. ". Review those and keep the sign-off.", acc.review)
end
