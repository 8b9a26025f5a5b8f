/**
 * String-level cleanup before DOM parsing: drops scripts, styles, inline SVG,
 * comments and templates. These hold no article text, and parsing them is a
 * large share of the DOM work on modern pages (JSON-LD is read first, from the
 * raw string). Each pattern is a lazy scan with a fixed end tag: linear time.
 */

const DROP_RE =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<template\b[\s\S]*?<\/template\s*>|<noscript\b[\s\S]*?<\/noscript\s*>/gi;

export function stripNonContent(html: string): string {
  return html.replace(DROP_RE, '');
}
