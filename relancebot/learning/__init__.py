"""Training the reply model (scikit-learn, imported only here): from the corpus shipped with
relancebot plus a firm's own corrections, evaluated on replies no model trained on.

The running service scores with `relancebot.classify.learned` (plain Python over JSON); this
package is loaded only by `relancebot learn` and `scripts/build_reply_model.py`.
"""
