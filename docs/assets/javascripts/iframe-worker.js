// Search on a site opened from disk (file://).
//
// Browsers refuse `new Worker()` on a file:// page, and the theme's search runs
// in a worker. Material's offline plugin loads a shim from unpkg.com for this,
// which a reader without network cannot reach: this file is our own, shipped
// with the site. On file:// only, `Worker` runs its script in a hidden iframe
// of the same page: the page's messages become "message" events there, and the
// script's postMessage() calls become "message" events of the worker object.
(function () {
  "use strict";
  if (location.protocol !== "file:") {
    return;
  }

  class IframeWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this._pending = [];
      this._ready = false;
      this._frame = document.createElement("iframe");
      this._frame.hidden = true;
      this._frame.setAttribute("aria-hidden", "true");
      (document.body || document.documentElement).appendChild(this._frame);
      const scope = this._frame.contentWindow;
      // The worker's globals: postMessage() answers the page, importScripts()
      // loads more scripts (a promise: the theme's search awaits it).
      scope.postMessage = (data) => {
        setTimeout(() => this._emit("message", data), 0);
      };
      scope.importScripts = (...urls) =>
        urls.reduce(
          (previous, src) => previous.then(() => this._load(src)),
          Promise.resolve()
        );
      this._load(url).then(
        () => {
          this._ready = true;
          for (const data of this._pending.splice(0)) {
            this._deliver(data);
          }
        },
        (error) => this._emit("error", error)
      );
    }

    _load(src) {
      const scope = this._frame.contentWindow;
      const script = scope.document.createElement("script");
      script.src = new URL(src, location.href).href;
      return new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = () => reject(new Error(`cannot load ${script.src}`));
        scope.document.documentElement.appendChild(script);
      });
    }

    _emit(type, data) {
      const event =
        type === "message" ? new MessageEvent(type, { data }) : new Event(type);
      this.dispatchEvent(event);
      const handler = type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") {
        handler.call(this, event);
      }
    }

    _deliver(data) {
      const scope = this._frame.contentWindow;
      scope.dispatchEvent(new scope.MessageEvent("message", { data }));
    }

    postMessage(data) {
      if (this._ready) {
        setTimeout(() => this._deliver(data), 0);
      } else {
        this._pending.push(data);
      }
    }

    terminate() {
      this._frame.remove();
    }
  }

  window.Worker = IframeWorker;
})();
