/**
 * String-level cleanup before DOM parsing: drops scripts, styles, inline SVG,
 * comments and templates. These hold no article text, and parsing them is a
 * large share of the DOM work on modern pages (JSON-LD is read first, from the
 * raw string). Each pattern is a lazy scan with a fixed end tag: linear time.
 */

/**
 * An end tag runs to the next `>` as browsers read it: `</script\n <!--x-->` ends at the comment's `>`
 * (a `\s*>` end would run on to the next script's end tag and swallow the article between).
 */
const DROP_RE =
  /<script\b[\s\S]*?<\/script\b[^>]*>|<style\b[\s\S]*?<\/style\b[^>]*>|<svg\b[\s\S]*?<\/svg\b[^>]*>|<!--[\s\S]*?-->|<template\b[\s\S]*?<\/template\b[^>]*>|<noscript\b[\s\S]*?<\/noscript\b[^>]*>/gi;

export function stripNonContent(html: string): string {
  return html.replace(DROP_RE, '');
}
