// The one file a blogger includes:
//   <script type="module" src="…/faultline-widget.js"></script>
//   <faultline-essay for="post-body"></faultline-essay>
// It only defines the element; the analyser (worker + wasm) and the views
// load when an element comes near the viewport (widget/element.js).

import { FaultlineEssay } from './widget/element.js';

// A page that includes the script twice (two posts, one template) must not
// throw on the second define.
if (!customElements.get('faultline-essay')) customElements.define('faultline-essay', FaultlineEssay);
