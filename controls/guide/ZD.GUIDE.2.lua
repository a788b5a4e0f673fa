-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.2: end-user article comments are off, or every comment is moderated. Decided per
-- brand from the articles' comments_disabled (visible, non-draft, end-user reachable ones)
-- and the experimental hc_general_settings moderation switches; unreadable settings => manual.
local guide = require "guide"
local verdict = require "verdict"

id = "ZD.GUIDE.2"
title = "End-user comments in Guide are off, or moderated with PHI removed"
seed_ref = "II.2 (permitted with moderation since 2019-12-17)"
product = "Guide (article comments)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep end-user comments on, with \"Moderate all content\" in Guide, and remove PHI "
  .. "from every comment before it is published."
automation = "partial"
description = "End users cannot comment on help-centre articles, or every comment is held for "
  .. "moderation and PHI is removed before it is published. The baseline allows either: turn "
  .. "off end users' ability to comment in Guide, or moderate all comments (the moderation of "
  .. "ZD.GUIDE.3) and remove any PHI from them."
evidence = "Per brand with a help centre: comments_disabled = true on every published article "
  .. "end users can see (GET /api/v2/help_center/articles; articles restricted to a staff user "
  .. "segment and drafts are skipped), or content_moderation_enabled and "
  .. "moderate_all_content_enabled = true in the help centre's settings (undocumented internal "
  .. "endpoint /hc/api/internal/general_settings). Help centres restricted to agents pass. "
  .. "Keep the moderation log as evidence of PHI removal."
remediation = "Per brand: in Knowledge admin > Manage articles, open each article's settings and "
  .. "turn off \"Allow comments\" (or use the Help Center API: PUT "
  .. "/api/v2/help_center/articles/{id} with comments_disabled: true); or in Guide admin > "
  .. "Settings > Guide settings > Content moderation, turn on moderation and choose \"Moderate "
  .. "all content\", then reject or edit any comment that contains PHI."
question = "For every brand's help centre, confirm in Guide admin that end users cannot comment "
  .. "on articles (\"Allow comments\" off on each article), or that Content moderation is set to "
  .. "\"Moderate all content\". Keep a screenshot of the setting and the moderation log showing "
  .. "comments with PHI were rejected or edited."
uses = { "brands", "hc_articles", "hc_user_segments", "hc_general_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/" }

-- Articles end users can see and comment on, per brand: brand id -> {open=, unknown=, total=}.
local function article_state(snap, staff_segments)
  local out = {}
  local list = zd.items(snap, "hc_articles")
  if list == nil then return nil end
  for _, a in ipairs(list) do
    local bid = zd.int(a.brand_id) or 0
    local s = out[bid]
    if s == nil then
      s = { open = {}, unknown = {}, total = 0 }
      out[bid] = s
    end
    if zd.bool(a.draft) ~= true then
      local seg = zd.int(a.user_segment_id)
      local staff_only = seg ~= nil and staff_segments ~= nil and staff_segments[seg] == true
      local seg_unknown = seg ~= nil and (staff_segments == nil or staff_segments[seg] == nil)
      if not staff_only then
        s.total = s.total + 1
        local disabled = zd.bool(a.comments_disabled)
        if disabled == nil or seg_unknown then
          s.unknown[#s.unknown + 1] = a
        elseif disabled == false then
          s.open[#s.open + 1] = a
        end
      end
    end
  end
  return out
end

-- user segment id -> true when only staff (agents and admins) are in it, false otherwise.
local function staff_segments(snap)
  local list = zd.items(snap, "hc_user_segments")
  if list == nil then return nil end
  local out = {}
  for _, s in ipairs(list) do
    local sid = zd.int(s.id)
    if sid then out[sid] = (zd.str(s.user_type) == "staff") end
  end
  return out
end

function check(snap, ctx)
  for _, key in ipairs({ "hc_user_segments", "hc_articles" }) do
    local bad = verdict.malformed(key, zd.items(snap, key))
    if bad then return verdict.error(bad .. ".") end
  end
  local segments = staff_segments(snap)
  local articles = article_state(snap, segments)
  local art_reason = zd.state("hc_articles").reason

  local function decide(brand, prefs, ev)
    local moderation = prefs and zd.bool(prefs.content_moderation_enabled)
    local all = prefs and zd.bool(prefs.moderate_all_content_enabled)
    if prefs then
      ev[#ev + 1] = guide.pref(brand, prefs, "content_moderation_enabled", true)
      ev[#ev + 1] = guide.pref(brand, prefs, "moderate_all_content_enabled", true)
    end
    if moderation == true and all == true then
      return "pass", "every end-user comment is held for moderation (moderate all content)"
    end
    local mine = articles and (articles[brand.id] or { open = {}, unknown = {}, total = 0 })
    if mine and #mine.open == 0 and #mine.unknown == 0 and mine.total > 0 then
      ev[#ev + 1] = { endpoint = "hc_articles", object = { type = "brand", id = brand.id,
                      title = brand.name }, field = "comments_disabled", actual = true,
                      note = "all " .. mine.total .. " published articles" }
      return "pass", "comments are off on all " .. mine.total .. " published articles"
    end
    if mine then
      for _, a in ipairs(mine.open) do
        ev[#ev + 1] = { endpoint = "hc_articles", object = { type = "article", id = zd.int(a.id) },
                        field = "comments_disabled", actual = a.comments_disabled,
                        expected = true }
      end
    end
    if prefs == nil or prefs == false then
      local why = guide.no_settings(snap, brand, prefs)
      if mine == nil then
        return "manual", why .. ", and " .. art_reason .. "; check comments and moderation in "
          .. "Guide admin"
      end
      if #mine.open > 0 then
        return "manual", verdict.count(#mine.open, "published article") .. " "
          .. verdict.agree(#mine.open, "allows", "allow") .. " comments and "
          .. why .. "; confirm \"Moderate all content\" is on"
      end
      return "manual", why .. "; confirm articles do not accept end-user comments or that all "
        .. "content is moderated"
    end
    if moderation == nil or all == nil then
      return "manual", "the moderation switches are missing from the help-centre settings"
    end
    if mine == nil then
      return "error", "moderation is not set to moderate all content and " .. art_reason
        .. ", so whether articles accept comments is unknown"
    end
    if #mine.open > 0 then
      return "fail", verdict.count(#mine.open, "published article") .. " "
        .. verdict.agree(#mine.open, "allows", "allow") .. " end-user comments (comments_disabled "
        .. "false) while moderation is "
        .. ((moderation == true) and "not set to moderate all content" or "off")
    end
    if #mine.unknown > 0 then
      return "error", verdict.count(#mine.unknown, "article") .. " "
        .. verdict.agree(#mine.unknown, "has", "have") .. " no readable "
        .. "comments_disabled or an unknown user segment, and moderation is not set to moderate "
        .. "all content"
    end
    return "manual", "no published article yet and moderation is not set to moderate all "
      .. "content; new articles allow comments unless turned off"
  end

  return guide.each_brand(snap, decide, "article comment setting")
end
