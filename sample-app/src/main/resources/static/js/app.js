// Checks that the page got its assets, wherever they are served from, and says so in the badge. The results are
// also kept as data attributes on <body>, where a test (or a person with the developer tools) can read them.
(function () {
  function styleOf(selector) {
    var element = document.querySelector(selector);
    return element ? getComputedStyle(element) : null;
  }

  function fontLoaded(family) {
    var loaded = false;
    document.fonts.forEach(function (face) {
      if (face.family.replace(/["']/g, "") === family && face.status === "loaded") {
        loaded = true;
      }
    });
    return loaded;
  }

  function check() {
    var hero = styleOf(".sample-hero");
    var mark = styleOf(".sample-mark");
    var navbar = styleOf(".navbar");
    var results = {
      // app.css, and theme.css that it imports, with the images theme.css refers to.
      stylesheet: mark !== null && mark.fontFamily.indexOf("Sample Mark") >= 0,
      theme: hero !== null && hero.backgroundImage.indexOf("waves.") >= 0,
      // The Bootstrap WebJar's stylesheet.
      webjar: navbar !== null && navbar.display === "flex",
      font: fontLoaded("Sample Mark"),
      iconFont: fontLoaded("bootstrap-icons")
    };
    var missing = Object.keys(results).filter(function (name) {
      return !results[name];
    });
    var body = document.body;
    Object.keys(results).forEach(function (name) {
      body.dataset[name] = results[name] ? "applied" : "missing";
    });
    var status = document.getElementById("asset-status");
    if (missing.length === 0) {
      status.textContent = "Stylesheets, fonts, images and this script are loaded.";
      status.classList.replace("text-bg-warning", "text-bg-success");
    }
    else {
      status.textContent = "Not applied: " + missing.join(", ");
      status.classList.replace("text-bg-warning", "text-bg-danger");
    }
    body.dataset.assetsReady = missing.length === 0 ? "yes" : "no";
  }

  // Fonts load only once text uses them, after the stylesheets: wait for them too.
  window.addEventListener("load", function () {
    document.fonts.ready.then(check);
  });
})();
