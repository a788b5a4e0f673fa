-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.3: the Gather community is off, or every post is held for moderation. Decided per
-- brand from the experimental hc_general_settings (community_enabled, content moderation);
-- when those settings cannot be read the result is manual, with community activity as a hint.
local guide = require "guide"
local verdict = require "verdict"

id = "ZD.GUIDE.3"
title = "Gather posting is off, or every post is moderated"
seed_ref = "II.3"
product = "Guide Professional / Enterprise (Gather community)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep Gather posting on, with \"Moderate all content\" and a rule that posts "
  .. "containing PHI are never approved."
automation = "partial"
description = "End users cannot create community posts, or every post waits for moderation. On "
  .. "Guide Professional or Enterprise, turn off the Gather feature that lets end users create "
  .. "posts wherever possible; if the community is kept on deliberately, turn on content "
  .. "moderation set to \"Moderate all content\" and never approve a post that contains PHI."
evidence = "Per brand with a help centre: community_enabled = false, or content_moderation_enabled "
  .. "and moderate_all_content_enabled = true, from the help centre's settings (undocumented "
  .. "internal endpoint /hc/api/internal/general_settings). Community topics and posts "
  .. "(GET /api/v2/community/topics, /posts) show whether the community is in use. Keep the "
  .. "moderation log."
remediation = "Per brand: in Guide admin > Settings > Community settings, turn off the community "
  .. "(or restrict posting in every topic to agents); if it must stay on, go to Guide settings > "
  .. "Content moderation, turn moderation on and choose \"Moderate all content\", and reject "
  .. "every post that contains PHI."
question = "For every brand's help centre, confirm in Guide admin that the community (Gather) is "
  .. "off, or that Content moderation is set to \"Moderate all content\". Keep a screenshot of "
  .. "the setting and the moderation log showing posts with PHI were rejected."
uses = { "brands", "hc_general_settings", "community_topics", "community_posts" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

-- Number of items of 'key' per brand id, or nil when not collected.
local function per_brand(snap, key)
  local list = zd.items(snap, key)
  if list == nil then return nil end
  local out = {}
  for _, it in ipairs(list) do
    local bid = zd.int(zd.get(it, "brand_id")) or 0
    out[bid] = (out[bid] or 0) + 1
  end
  return out
end

-- "3 posts", or "posts not read (HTTP 404)" when the list was not collected.
local function counted(n, noun, key)
  if n ~= nil then return verdict.count(n, noun) end
  local st = zd.state(key)
  return noun .. "s not read (" .. (((st.http_status or 0) > 0) and ("HTTP " .. st.http_status)
    or st.outcome) .. ")"
end

function check(snap, ctx)
  local topics = per_brand(snap, "community_topics")
  local posts = per_brand(snap, "community_posts")

  local function decide(brand, prefs, ev)
    if not prefs then
      local t = topics and (topics[brand.id] or 0)
      local p = posts and (posts[brand.id] or 0)
      local hint = ""
      if (t and t > 0) or (p and p > 0) then
        -- a list that was not read is said to be unread, never counted as 0
        hint = " (the community has " .. counted(t, "topic", "community_topics") .. " and "
          .. counted(p, "post", "community_posts") .. ", so it is in use)"
        ev[#ev + 1] = { endpoint = "community_posts", object = { type = "brand", id = brand.id,
                        title = brand.name }, note = hint:sub(3, -2) }
      end
      return "manual", guide.no_settings(snap, brand, prefs) .. hint
        .. "; check the community and moderation settings in Guide admin"
    end
    local community = zd.bool(prefs.community_enabled)
    ev[#ev + 1] = guide.pref(brand, prefs, "community_enabled", false)
    if community == false then
      return "pass", "the community is off (community_enabled false)"
    end
    local moderation = zd.bool(prefs.content_moderation_enabled)
    local all = zd.bool(prefs.moderate_all_content_enabled)
    ev[#ev + 1] = guide.pref(brand, prefs, "content_moderation_enabled", true)
    ev[#ev + 1] = guide.pref(brand, prefs, "moderate_all_content_enabled", true)
    if community == nil then
      return "manual", "community_enabled is missing from the help-centre settings"
    end
    if moderation == true and all == true then
      return "pass", "the community is on and every post is held for moderation (moderate all "
        .. "content); posts with PHI must still be rejected"
    end
    if moderation == false then
      return "fail", "the community is on (community_enabled true) and content moderation is "
        .. "off (content_moderation_enabled false)"
    end
    if moderation == true and all == false then
      return "fail", "the community is on (community_enabled true) and moderation holds only "
        .. "flagged content (moderate_all_content_enabled false)"
    end
    return "manual", "the community is on but the moderation switches are missing from the "
      .. "help-centre settings"
  end

  return guide.each_brand(snap, decide, "community posting setting")
end
