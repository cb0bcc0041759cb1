/*! Candor embed: turns each [data-candor-embed] element into a Candor frame
 * that sizes itself to its content. See README ("Embed in a blog post"). */
(function () {
  'use strict';
  var frames = []; // { el, frame, origin }
  // Attributes that configure the embed itself rather than the quiz.
  var OWN = { 'data-candor-embed': 1, 'data-src': 1, 'data-frame-title': 1, 'data-height': 1, 'data-candor-ready': 1, 'data-frame': 1 };

  function start(el) {
    if (el.hasAttribute('data-candor-ready')) return;
    var url;
    try {
      url = new URL(el.getAttribute('data-src') || '', document.baseURI);
    } catch (e) {
      return warn('data-src is not a valid address', el);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return warn('data-src must be an http(s) address', el);
    el.setAttribute('data-candor-ready', '');
    url.searchParams.set('embed', '1');
    // Numbers the frames so each one's landmarks have their own name.
    url.searchParams.set('frame', String(frames.length + 1));
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      // Options pass through as URL parameters: the app validates every one.
      if (a.name.indexOf('data-') === 0 && !OWN[a.name]) url.searchParams.set(a.name.slice(5), a.value);
    }
    // Result links lead back to this post (unless data-result-page says
    // otherwise): the app's share link becomes <this page>#candor-r=<code>,
    // and opening such a link shows that result in the first frame.
    // Only this page's address, without its query (which may carry a
    // subscriber id or a sign-in token), and left out when longer than the
    // 2048 characters Candor reads for an address. A coach who wants a query
    // writes data-result-page, which is used as written.
    var page = location.origin + location.pathname;
    if (!el.hasAttribute('data-result-page') && page.length <= 2048) url.searchParams.set('result-page', page);
    var shared = /^#candor-r=([A-Za-z0-9_-]{1,4096})$/.exec(location.hash);
    if (shared && frames.length === 0) url.hash = 'r=' + shared[1];
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.getAttribute('data-frame-title') || 'Candor self-assessment';
    frame.loading = 'lazy';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;border:0;overflow:hidden';
    frame.style.height = (parseInt(el.getAttribute('data-height'), 10) || 560) + 'px';
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(frame);
    frames.push({ el: el, frame: frame, origin: url.origin });
  }

  function warn(message, el) {
    if (window.console) console.warn('Candor embed: ' + message, el);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'candor' || typeof data.type !== 'string') return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only the frame's own window, from the frame's own origin.
      if (event.source !== f.frame.contentWindow || event.origin !== f.origin) continue;
      if (data.type === 'resize') {
        var height = Math.ceil(Number(data.height));
        if (height > 0 && height < 100000) f.frame.style.height = height + 'px';
      } else if (data.type === 'screen') {
        var top = f.frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) f.frame.scrollIntoView({ block: 'start' });
      } else if (data.type === 'started' || data.type === 'completed' || data.type === 'checked') {
        var detail = {};
        if (data.type === 'completed') detail = { code: String(data.code) };
        if (data.type === 'checked') {
          // The quiz-file checker's verdict; the file's text only when valid.
          detail = { valid: data.valid === true, name: String(data.name) };
          if (detail.valid) detail.text = String(data.text);
        }
        f.el.dispatchEvent(new CustomEvent('candor:' + data.type, { bubbles: true, detail: detail }));
      }
      return;
    }
  });

  function scan() {
    var els = document.querySelectorAll('[data-candor-embed]');
    for (var i = 0; i < els.length; i++) start(els[i]);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
