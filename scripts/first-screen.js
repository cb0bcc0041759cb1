// The built-in quiz's first screen, painted before the reader's module has
// arrived (issue 22). index.html carries that screen in every language, in
// <template data-first-screen="en|de"> elements (examples/first_screen.rs,
// through scripts/post-build.mjs); this classic inline script, run as the
// page is parsed and so before its first paint, shows the one in the
// reader's language, chosen as the app chooses (src/app/shared/i18n.rs: ?lang=, the
// stored choice, the browser's languages). Only a page the app would open on
// that very screen gets it: any page option, a coach's quiz, an embed, saved
// answers or results, or any route but the intro keep the neutral loading
// line. The app, once started, removes these and the loading line
// (src/app/reader/boot.rs), puts focus back where the reader had it and follows the
// route: Start pressed here opens the first question then, and a result file
// opened here is opened by the app.
(function () {
  var doc = document;
  var loading = doc.getElementById('boot');
  var templates = doc.querySelectorAll('template[data-first-screen]');
  var shown = null;
  // Lang::from_tag: the primary subtag of a tag of at most 35 characters.
  function lang(tag) {
    if (typeof tag !== 'string') return null;
    tag = tag.trim();
    if (!tag || tag.length > 35) return null;
    var primary = tag.split(/[-_]/)[0].toLowerCase();
    return primary === 'en' || primary === 'de' ? primary : null;
  }
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  function intro() {
    return location.hash === '' || location.hash === '#/';
  }
  // Once the reader has moved on (Start, a link), the loading line until the
  // app shows where to.
  function leave() {
    if (!shown || !shown.isConnected) return;
    doc.documentElement.setAttribute('data-candor-first-screen-left', '');
    shown.remove();
    loading.hidden = false;
  }
  function show(tag) {
    var template = doc.querySelector('template[data-first-screen="' + tag + '"]');
    var screen = template.content.firstElementChild.cloneNode(true);
    screen.setAttribute('data-first-screen', tag);
    screen.querySelector('button.primary').addEventListener('click', function () {
      location.hash = '#/q/1';
      leave();
    });
    // A saved result file chosen here: the picker may close after the app has
    // replaced this screen, so the file is handed over on window, with an
    // event for an app already there (src/app/reader/components/open_result_file.rs).
    screen.querySelector('input[type=file]').addEventListener('change', function (event) {
      var files = event.target.files;
      if (!files || !files.length) return;
      window.candorFirstScreenFile = files[0];
      dispatchEvent(new Event('candor-first-screen-file'));
    });
    screen.querySelector('select').addEventListener('change', function (event) {
      var to = lang(event.target.value);
      if (!to || to === tag) return;
      try {
        localStorage.setItem('candor.lang', JSON.stringify(to));
      } catch (e) {}
      show(to);
      shown.querySelector('select').focus();
    });
    if (shown) shown.replaceWith(screen);
    else loading.after(screen);
    shown = screen;
    doc.documentElement.lang = tag;
  }
  var query = new URLSearchParams(location.search);
  var names = [];
  query.forEach(function (value, name) {
    names.push(name);
  });
  var plain = names.length === 0 || (names.length === 1 && names[0] === 'lang');
  ['progress', 'history', 'checklist'].forEach(function (record) {
    if (stored('candor.' + record + '.candor') !== null) plain = false;
  });
  if (!plain || !intro() || !loading || templates.length === 0) return;
  var choice = lang(query.get('lang'));
  if (!choice) {
    try {
      choice = lang(JSON.parse(stored('candor.lang')));
    } catch (e) {
      choice = null;
    }
  }
  var browser = (navigator.languages || []).slice(0, 10);
  for (var b = 0; !choice && b < browser.length; b += 1) choice = lang(browser[b]);
  show(choice || 'en');
  loading.hidden = true;
  // The app replaces this screen only once the browser has reported it
  // painted (src/app/reader/boot.rs): a screen replaced before the report
  // (a frame or so after its paint) never counts as the page's largest
  // contentful paint, and the app's intro, painted after the wasm, would.
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var type = types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint' : types.indexOf('paint') >= 0 ? 'paint' : null;
  function painted() {
    doc.documentElement.setAttribute('data-candor-first-screen-painted', '');
    dispatchEvent(new Event('candor-first-screen-painted'));
  }
  if (type) {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      painted();
    }).observe({ type: type, buffered: true });
  } else {
    painted();
  }
  addEventListener('hashchange', function () {
    if (!intro()) leave();
  });
})();
